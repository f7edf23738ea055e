// The list behind each number of the dashboard and the monthly summary, as case-list filters: a figure counts
// exactly the cases its filters pick (the services' tests hold each figure to the list's count), and a click on it
// opens that list.
import type { CaseFilters } from '../contract/cases';
import { lastDateOfMonth } from './months';

const scoped = (gridId: number | null | undefined): CaseFilters => (gridId == null ? {} : { gridId });

const monthDates = (month: string) => ({ from: `${month}-01`, to: lastDateOfMonth(month) });

/** Still someone's work. */
export const openCasesFilters = (gridId?: number | null): CaseFilters => ({ ...scoped(gridId), open: true });

export const overdueCasesFilters = (gridId?: number | null): CaseFilters => ({
  ...scoped(gridId),
  deadline: 'overdue',
});

export const dueSoonCasesFilters = (gridId?: number | null): CaseFilters => ({
  ...scoped(gridId),
  deadline: 'dueSoon',
});

/** A month's intake (newCases), of one top category when given; voided cases count nowhere. */
export function intakeFilters(month: string, gridId?: number | null, categoryId?: number): CaseFilters {
  const { from, to } = monthDates(month);
  return {
    ...scoped(gridId),
    registeredFrom: from,
    registeredTo: to,
    excludeVoided: true,
    ...(categoryId === undefined ? {} : { categoryId }),
  };
}

/** A month's 12345 work orders (hotlineCount). */
export const hotlineFilters = (month: string, gridId?: number | null): CaseFilters => ({
  ...intakeFilters(month, gridId),
  source: ['hotline'],
});

/** The cases resolved in a month: what the first-contact and on-time rates divide by. */
export function resolvedFilters(month: string, gridId?: number | null): CaseFilters {
  const { from, to } = monthDates(month);
  return { ...scoped(gridId), resolvedFrom: from, resolvedTo: to, excludeVoided: true };
}

/** The cases followed up in a month: what the satisfaction rate divides by. */
export function followedUpFilters(month: string, gridId?: number | null): CaseFilters {
  const { from, to } = monthDates(month);
  return { ...scoped(gridId), followedUpFrom: from, followedUpTo: to, excludeVoided: true };
}
