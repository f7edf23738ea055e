// The register list's filters live in the address, so a link (from a grid, from the home page) opens a filtered list.
import {
  type HouseUse,
  houseUses,
  type LifeStatus,
  lifeStatuses,
  type ResidenceType,
  type ResidentTag,
  residenceTypes,
  residentTags,
} from '../../../../shared/domain/residents';

export interface RegisterFilters {
  view: 'households' | 'residents';
  gridId?: number;
  houseUse?: HouseUse;
  address?: string;
  tag?: ResidentTag;
  residenceType?: ResidenceType;
  lifeStatus: LifeStatus;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => value === raw);
}

export function readFilters(params: URLSearchParams): RegisterFilters {
  const gridId = Number(params.get('gridId'));
  return {
    view: params.get('view') === 'residents' ? 'residents' : 'households',
    gridId: Number.isInteger(gridId) && gridId > 0 ? gridId : undefined,
    houseUse: oneOf(houseUses, params.get('houseUse')),
    address: params.get('address')?.trim() || undefined,
    tag: oneOf(residentTags, params.get('tag')),
    residenceType: oneOf(residenceTypes, params.get('residenceType')),
    lifeStatus: oneOf(lifeStatuses, params.get('lifeStatus')) ?? 'active',
  };
}

export function writeFilters(filters: RegisterFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (
      value === undefined ||
      (key === 'view' && value === 'households') ||
      (key === 'lifeStatus' && value === 'active')
    ) {
      continue;
    }
    params.set(key, String(value));
  }
  return params;
}

export function hasFilters(filters: RegisterFilters): boolean {
  return writeFilters({ ...filters, view: 'households' }).size > 0;
}
