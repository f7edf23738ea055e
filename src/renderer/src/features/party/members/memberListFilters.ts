// The roster's filters live in the address (?branch=3&kind=mobile…), so a branch page can link to its roster.
import { memberFilters } from '../../../../../shared/contract/party';
import type { MemberKind, MemberStanding, MemberStatus } from '../../../../../shared/domain/party';

export interface RosterFilters {
  branchId?: number;
  kind?: MemberKind;
  standing?: MemberStanding;
  /** Active unless chosen otherwise, as the server defaults. */
  status: MemberStatus;
  q?: string;
}

/** A value the contract would refuse is dropped, not passed on. */
export function readRosterFilters(params: URLSearchParams): RosterFilters {
  const raw = (key: string) => params.get(key) || undefined;
  const branch = raw('branch');
  const q = memberFilters.q.safeParse(raw('q')).data;
  return {
    branchId: branch ? memberFilters.branchId.safeParse(Number(branch)).data : undefined,
    kind: memberFilters.kind.safeParse(raw('kind')).data,
    standing: memberFilters.standing.safeParse(raw('standing')).data,
    status: memberFilters.status.safeParse(raw('status')).data ?? 'active',
    q: q || undefined,
  };
}

export function writeRosterFilters(filters: RosterFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.branchId !== undefined) params.set('branch', String(filters.branchId));
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.standing) params.set('standing', filters.standing);
  if (filters.status !== 'active') params.set('status', filters.status);
  if (filters.q) params.set('q', filters.q);
  return params;
}

/** Whether anything narrows the list beyond "active members of every branch I reach". */
export function hasRosterFilters(filters: RosterFilters): boolean {
  return Boolean(filters.kind || filters.standing || filters.status !== 'active' || filters.q);
}
