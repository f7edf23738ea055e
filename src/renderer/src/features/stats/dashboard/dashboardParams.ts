// The dashboard's scope and period live in the address (?gridId=&end=&months=), so a view can be shared.
import { trendMonthCounts } from '../../../../../shared/contract/stats';
import { localDate } from '../../../../../shared/domain/dates';

export type TrendMonthCount = (typeof trendMonthCounts)[number];

export interface DashboardView {
  gridId?: number;
  /** The period's last month, 'YYYY-MM'; never after this month. */
  end: string;
  months: TrendMonthCount;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** This month in the centre's time zone, as the server counts months. */
export function thisMonth(): string {
  return localDate(Date.now()).slice(0, 7);
}

/** The view in an address; a value that makes no sense falls back to the default (this month, 12 months). */
export function readDashboardView(params: URLSearchParams): DashboardView {
  const now = thisMonth();
  const gridId = Number(params.get('gridId'));
  const end = params.get('end') ?? '';
  const months = Number(params.get('months'));
  return {
    gridId: Number.isInteger(gridId) && gridId > 0 ? gridId : undefined,
    end: monthPattern.test(end) && end <= now ? end : now,
    months: trendMonthCounts.find((count) => count === months) ?? trendMonthCounts[0],
  };
}

/** The address of a view, leaving out what is the default. */
export function writeDashboardView(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.gridId !== undefined) params.set('gridId', String(view.gridId));
  if (view.end !== thisMonth()) params.set('end', view.end);
  if (view.months !== trendMonthCounts[0]) params.set('months', String(view.months));
  return params;
}

/** The visits page for a month and grid (its own address format). */
export function visitsHref(month: string, gridId?: number | null): string {
  const params = new URLSearchParams({ month });
  if (gridId != null) params.set('gridId', String(gridId));
  return `/visits?${params}`;
}

/** The party reports of a month: each branch's report carries its members' service hours. */
export function partyReportsHref(month: string): string {
  return `/party/reports?month=${month}`;
}
