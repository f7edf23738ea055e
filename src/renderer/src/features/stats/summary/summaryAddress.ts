// What the summary's address holds (?gridId=&month=&print=1), so a summary can be bookmarked, sent and reopened as
// it was: a month that has begun (last month by default: a month is summed up after it ends) and a scope.
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { currentMonth, monthPattern, previousMonth } from '../../party/reports/reportMonth';

export interface SummaryAddress {
  /** null until the user or the grid tree gives one. */
  gridId: number | null;
  month: string;
  /** The A4 print preview instead of the working screen. */
  preview: boolean;
}

export function readSummaryAddress(params: URLSearchParams): SummaryAddress {
  const requested = params.get('month');
  const thisMonth = currentMonth();
  const month =
    requested && monthPattern.test(requested) && requested <= thisMonth ? requested : previousMonth(thisMonth);
  const gridId = Number(params.get('gridId'));
  return {
    gridId: Number.isInteger(gridId) && gridId > 0 ? gridId : null,
    month,
    preview: params.get('print') === '1',
  };
}

export function summarySearch(address: SummaryAddress): URLSearchParams {
  const search = new URLSearchParams();
  if (address.gridId !== null) search.set('gridId', String(address.gridId));
  search.set('month', address.month);
  if (address.preview) search.set('print', '1');
  return search;
}

/** 2026年10月 / October 2026. */
export function summaryMonthText(month: string, t: TFunction): string {
  return dayjs(`${month}-01`).format(t('monthlySummary.monthFormat'));
}
