// The audit log page by page, newest first: each page asks for the entries older than the last one shown.
import { useInfiniteProc } from '../../api/hooks';

export const auditPageSize = 50;

export function useAuditLog(action: string) {
  return useInfiniteProc('audit.list', { action: action || undefined, limit: auditPageSize });
}
