// How the roster screens write money and dates: yuan with thousands separators from integer fen, and the
// 'YYYY-MM-DD' strings of the contract to and from the date pickers' day values.
import dayjs, { type Dayjs } from 'dayjs';
import { fenToYuanText } from '../../../../../shared/domain/money';

/** 450000 → "4,500.00". */
export function yuanOf(fen: number): string {
  const [whole = '0', cents = '00'] = fenToYuanText(fen).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

export function dayOf(date: string | null | undefined): Dayjs | undefined {
  return date ? dayjs(date) : undefined;
}

export function dateOf(day: Dayjs | null | undefined): string | undefined {
  return day ? day.format('YYYY-MM-DD') : undefined;
}

/** Days after today cannot be picked: the server refuses dates in the future. */
export function isFutureDay(day: Dayjs): boolean {
  return day.isAfter(dayjs(), 'day');
}
