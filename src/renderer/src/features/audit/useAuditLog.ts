// The audit log page by page, newest first: each page asks for the entries older than the last one shown.
import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const auditPageSize = 50;

export function useAuditLog(action: string) {
  return useInfiniteQuery({
    queryKey: ['audit.list', { action, limit: auditPageSize }],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      call('audit.list', { action: action || undefined, cursor: pageParam, limit: auditPageSize }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
