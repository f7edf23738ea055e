// The months a report can be for: the centre's current month and before; the list opens on last month, because a
// month's report is filed after the month has ended.
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { localDate } from '../../../../../shared/domain/dates';

export { previousMonth } from '../../../../../shared/domain/months';

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' of today on this machine's local calendar. */
export function currentMonth(): string {
  return localDate(Date.now()).slice(0, 7);
}

/** 2026年10月 / October 2026. */
export function monthLabel(month: string, t: TFunction): string {
  return dayjs(`${month}-01`).format(t('partyReports.monthFormat'));
}

/** An instant (epoch ms) as a local date and time, or — when there is none. */
export function timeText(at: number | null): string {
  return at === null ? '—' : dayjs(at).format('YYYY-MM-DD HH:mm');
}

export function reportPath(branchId: number, month: string): string {
  return `/party/reports/${branchId}/${month}`;
}
