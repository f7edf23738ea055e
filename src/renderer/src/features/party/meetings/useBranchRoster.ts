// A branch's active members, all of them: the roster is read 200 at a time and the pages follow one another until
// the list is whole (attendance and the dues form need every member, not the first page).
import { useEffect } from 'react';
import type { MemberRow } from '../../../../../shared/contract/party';
import { useInfiniteProc } from '../../../api/hooks';

export function useBranchRoster(branchId: number | undefined, enabled = true) {
  const list = useInfiniteProc(
    'party.members',
    { branchId, status: 'active', limit: 200 },
    { enabled: enabled && branchId !== undefined },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage, data } = list;
  useEffect(() => {
    if (data && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [data, hasNextPage, isFetchingNextPage, fetchNextPage]);
  const whole = data !== undefined && !hasNextPage;
  const members: MemberRow[] | undefined = whole ? data.pages.flatMap((page) => page.rows) : undefined;
  return { members, loading: enabled && branchId !== undefined && !whole && !list.isError, error: list.error };
}
