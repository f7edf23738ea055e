// React Query wrappers around `call`: one cache key per procedure and input, so invalidating a procedure refreshes every screen showing it.
import {
  type InfiniteData,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { InputOf, OutputOf, ProcedureName } from '../../../shared/contract';
import { call } from './client';
import type { RpcError } from './RpcError';

export function procKey<N extends ProcedureName>(name: N, input?: InputOf<N>): QueryKey {
  return input === undefined ? [name] : [name, input];
}

type QueryOptions<N extends ProcedureName> = Omit<
  UseQueryOptions<OutputOf<N>, RpcError, OutputOf<N>, QueryKey>,
  'queryKey' | 'queryFn'
>;

export function useQueryProc<N extends ProcedureName>(name: N, input: InputOf<N>, options: QueryOptions<N> = {}) {
  return useQuery<OutputOf<N>, RpcError, OutputOf<N>, QueryKey>({
    queryKey: procKey(name, input),
    queryFn: () => call(name, input),
    ...options,
  });
}

type MutationOptions<N extends ProcedureName> = Omit<
  UseMutationOptions<OutputOf<N>, RpcError, InputOf<N>>,
  'mutationFn' | 'mutationKey'
> & {
  /** Procedures whose cached answers this mutation makes stale. */
  invalidates?: ProcedureName[];
};

export function useMutationProc<N extends ProcedureName>(name: N, options: MutationOptions<N> = {}) {
  const queryClient = useQueryClient();
  const { invalidates = [], onSuccess, ...rest } = options;
  return useMutation<OutputOf<N>, RpcError, InputOf<N>>({
    mutationKey: [name],
    mutationFn: (input) => call(name, input),
    onSuccess: async (...args) => {
      await Promise.all(invalidates.map((procedure) => queryClient.invalidateQueries({ queryKey: [procedure] })));
      await onSuccess?.(...args);
    },
    ...rest,
  });
}

/** The procedures that answer a page of rows and the cursor of the next one (keyset paging). */
type PagedProcedure = {
  [N in ProcedureName]: OutputOf<N> extends { nextCursor: number | null } ? N : never;
}[ProcedureName];

/**
 * A paged list, one page after another: each page asks for the rows after the last one shown. The key starts
 * with the procedure's name, so invalidating the procedure refreshes the list too.
 */
export function useInfiniteProc<N extends PagedProcedure>(
  name: N,
  input: Omit<InputOf<N>, 'cursor'>,
  options: { enabled?: boolean } = {},
) {
  return useInfiniteQuery<OutputOf<N>, RpcError, InfiniteData<OutputOf<N>>, QueryKey, number | undefined>({
    queryKey: [name, input, 'pages'],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => call(name, { ...input, cursor: pageParam } as InputOf<N>),
    getNextPageParam: (page: OutputOf<N>) => (page as { nextCursor: number | null }).nextCursor ?? undefined,
    ...options,
  });
}
