// A change to the category tree: refreshes the tree (and the case screens naming categories), and refetches it when
// the server says the row on screen was changed meanwhile, so the retry starts from what is there now.
import { useQueryClient } from '@tanstack/react-query';
import type { ProcedureName } from '../../../../shared/contract';
import { useMutationProc } from '../../api/hooks';

const categoryQueries: ProcedureName[] = ['cases.categoryTree', 'cases.list', 'cases.get'];

export function useCategoryMutation<N extends 'cases.createCategory' | 'cases.updateCategory'>(name: N) {
  const queryClient = useQueryClient();
  return useMutationProc(name, {
    invalidates: categoryQueries,
    onError: (error) => {
      if (error.code === 'CONFLICT' || error.code === 'NOT_FOUND') {
        void queryClient.invalidateQueries({ queryKey: ['cases.categoryTree'] });
      }
    },
  });
}
