// A change to the organisation: refreshes everything showing grids, and refetches too when the server says our copy is stale.
import { useQueryClient } from '@tanstack/react-query';
import type { ProcedureName } from '../../../../shared/contract';
import { useMutationProc } from '../../api/hooks';

const gridQueries: ProcedureName[] = ['grids.tree', 'grids.get', 'grids.staffDirectory'];

export function useGridMutation<N extends ProcedureName>(
  name: N,
  options: Parameters<typeof useMutationProc<N>>[1] = {},
) {
  const queryClient = useQueryClient();
  const { onError, ...rest } = options;
  return useMutationProc(name, {
    invalidates: gridQueries,
    ...rest,
    onError: (error, ...args) => {
      // A stale version or a grid someone else removed: show the current state before the user tries again.
      if (error.code === 'CONFLICT' || error.code === 'NOT_FOUND') {
        for (const procedure of gridQueries) void queryClient.invalidateQueries({ queryKey: [procedure] });
      }
      return onError?.(error, ...args);
    },
  });
}
