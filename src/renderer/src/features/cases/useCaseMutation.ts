// A change to a case: refreshes every screen that shows cases, and refetches the case at once when the server says
// the screen's copy is stale (CONFLICT) or the step no longer fits the case (INVALID_TRANSITION), so the user retries
// against what is really there.
import { useQueryClient } from '@tanstack/react-query';
import type { ProcedureName } from '../../../../shared/contract';
import { useMutationProc } from '../../api/hooks';
import { caseQueries } from './useCaseQueries';

/** Refusals after which the case on screen is out of date. */
const staleCodes = new Set(['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND']);

export function useCaseMutation<N extends ProcedureName>(
  name: N,
  options: Parameters<typeof useMutationProc<N>>[1] = {},
) {
  const queryClient = useQueryClient();
  const { onError, ...rest } = options;
  return useMutationProc(name, {
    invalidates: caseQueries,
    ...rest,
    onError: (error, ...args) => {
      if (staleCodes.has(error.code)) {
        for (const procedure of caseQueries) void queryClient.invalidateQueries({ queryKey: [procedure] });
      }
      return onError?.(error, ...args);
    },
  });
}
