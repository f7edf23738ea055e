// The case screens' reads: the answers a case change makes stale, the category tree named in the user's language,
// and the case list for a set of filters.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureName } from '../../../../shared/contract';
import type { CaseFilters, CategoryRow } from '../../../../shared/contract/cases';
import { useInfiniteProc, useQueryProc } from '../../api/hooks';

/** What registering or moving a case makes stale: every list, page and count that shows cases. */
export const caseQueries: ProcedureName[] = [
  'cases.list',
  'cases.get',
  'cases.myWork',
  'cases.openForResident',
  'cases.rates',
  'wishes.wall',
];

export const caseListPageSize = 50;

export function useCaseList(filters: CaseFilters, options: { enabled?: boolean } = {}) {
  return useInfiniteProc('cases.list', { filters, limit: caseListPageSize }, options);
}

export interface CategoryNode {
  row: CategoryRow;
  label: string;
  children: CategoryNode[];
}

/** The category tree, top categories in their order with their sub-categories, named in the user's language. */
export function useCategoryTree() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const query = useQueryProc('cases.categoryTree', { includeArchived: false }, { staleTime: 60_000 });
  const tree = useMemo(() => {
    const rows = [...(query.data?.rows ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    const labelOf = (row: CategoryRow) => (english && row.nameEn ? row.nameEn : row.name);
    const nodeOf = (row: CategoryRow): CategoryNode => ({
      row,
      label: labelOf(row),
      children: rows.filter((child) => child.parentId === row.id).map(nodeOf),
    });
    const roots = rows.filter((row) => row.parentId === null).map(nodeOf);
    const byId = new Map(rows.map((row) => [row.id, row]));
    /** 环境卫生 / 噪声扰民 for a sub-category, the name alone for a top category. */
    const pathOf = (id: number): string => {
      const row = byId.get(id);
      if (!row) return '';
      const parent = row.parentId === null ? undefined : byId.get(row.parentId);
      return parent ? `${labelOf(parent)} / ${labelOf(row)}` : labelOf(row);
    };
    return { roots, pathOf };
  }, [query.data, english]);
  return { ...query, ...tree };
}
