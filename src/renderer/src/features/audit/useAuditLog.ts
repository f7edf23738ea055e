// The audit log page by page, newest first: each page asks for the entries older than the last one shown.
import { useInfiniteProc } from '../../api/hooks';

export const auditPageSize = 50;

export interface AuditLogFilter {
  action: string;
  sensitiveReads: boolean;
  /** Start at this entry (one a verification found broken) instead of the newest. */
  fromId: number | null;
}

export function useAuditLog({ action, sensitiveReads, fromId }: AuditLogFilter) {
  return useInfiniteProc('audit.list', {
    action: action || undefined,
    sensitiveReads: sensitiveReads || undefined,
    fromId: fromId ?? undefined,
    limit: auditPageSize,
  });
}
