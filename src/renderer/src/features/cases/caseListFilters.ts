// The case list's filters live in the address, so a list link is shareable and a "my work" bucket opens its list.
import { type CaseFilters, caseFilters } from '../../../../shared/contract/cases';

type ParamKind = 'list' | 'flag' | 'id' | 'text';

/** How each filter is written in the address; the compiler keeps this table complete. */
const paramKinds = {
  status: 'list',
  open: 'flag',
  kind: 'list',
  source: 'list',
  categoryId: 'id',
  gridId: 'id',
  handlerUserId: 'id',
  mine: 'flag',
  registeredFrom: 'text',
  registeredTo: 'text',
  resolvedFrom: 'text',
  resolvedTo: 'text',
  followedUpFrom: 'text',
  followedUpTo: 'text',
  excludeVoided: 'flag',
  deadline: 'text',
  supervision: 'list',
  extensionPending: 'flag',
  residentId: 'id',
  householdId: 'id',
  text: 'text',
} as const satisfies Record<keyof CaseFilters, ParamKind>;

const filterKeys = Object.keys(paramKinds) as (keyof CaseFilters)[];

function rawOf(kind: ParamKind, param: string): unknown {
  if (kind === 'list') return param.split(',').filter(Boolean);
  if (kind === 'flag') return param === '1' ? true : undefined;
  if (kind === 'id') return Number(param);
  return param;
}

/** The filters in an address; a value the contract would refuse is dropped, not passed on. */
export function readCaseFilters(params: URLSearchParams): CaseFilters {
  const filters: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const param = params.get(key);
    if (param === null || param === '') continue;
    const parsed = caseFilters.shape[key].safeParse(rawOf(paramKinds[key], param));
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  return filters as CaseFilters;
}

export function writeCaseFilters(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value === undefined || value === false || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, value === true ? '1' : String(value));
    }
  }
  return params;
}

/** The address of the case list showing these filters. */
export function caseListHref(filters: CaseFilters): string {
  const search = writeCaseFilters(filters).toString();
  return search ? `/cases?${search}` : '/cases';
}

export function hasCaseFilters(filters: CaseFilters): boolean {
  return writeCaseFilters(filters).size > 0;
}

/** Whether two sets of filters pick the same cases (a saved view is "the one on screen"). */
export function sameCaseFilters(a: CaseFilters, b: CaseFilters): boolean {
  const sorted = (filters: CaseFilters) => {
    const params = writeCaseFilters(filters);
    for (const [key, value] of [...params]) params.set(key, value.split(',').sort().join(','));
    params.sort();
    return params.toString();
  };
  return sorted(a) === sorted(b);
}
