// The organisation tree of the grids page, fetched once and shaped for the tree, the move dialog and the detail.
import { useMemo } from 'react';
import { useQueryProc } from '../../api/hooks';
import { buildGridTree } from './gridTreeModel';

export function useGridTree(includeArchived: boolean) {
  const query = useQueryProc('grids.tree', { includeArchived });
  const model = useMemo(() => buildGridTree(query.data ?? []), [query.data]);
  return { ...query, model };
}
