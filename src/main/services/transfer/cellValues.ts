// What a cell says, cleaned the way desks type it: dates in their usual forms, the first of several phone numbers,
// 汉 for 汉族, tags with a risk level, and an ID number that a spreadsheet has turned into a number.
import type { ResidentTag, RiskLevel } from '../../../shared/domain/residents';
import type { SheetRow } from './sheet';
import { riskLevelOf, tagOf } from './vocabulary';

/** Dates as sheets write them: 1985-03-07, 1985/3/7, 1985.3.7, 1985年3月7日, 19850307. */
export function parseDate(text: string): string | 'partial' | null {
  const compact = text.replace(/\s+/g, '');
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(compact) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (full) return `${full[1]}-${full[2]?.padStart(2, '0')}-${full[3]?.padStart(2, '0')}`;
  if (/^\d{4}[-/.年]\d{1,2}月?$/.test(compact)) return 'partial';
  return null;
}

/** The first number of a cell: 139 1234 5678, +86 13912345678, 0523-86123456 / 13912345678. */
export function cleanPhone(text: string): string {
  const first = text.split(/[,，;；、/]/)[0]?.trim() ?? '';
  const digits = first.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? digits : first.replace(/\s+/g, '');
}

/** 汉 → 汉族: sheets often leave the 族 off. */
export function cleanEthnicity(text: string): string {
  return /^[\u4e00-\u9fff]{1,3}$/.test(text) && !text.endsWith('族') && !['其他', '未知'].includes(text)
    ? `${text}族`
    : text;
}

/** An 18-digit ID number typed into a number cell, or shown by the spreadsheet as 1.10105E+17. */
export function isIdNumberAsNumber(row: SheetRow, column: number, text: string): boolean {
  return (row.numeric?.includes(column) && text.length >= 15) || /^\d(\.\d+)?e\+?\d+$/i.test(text);
}

/** Tags as a list: 独居老人、低保; 严重精神障碍(高) carries its risk level. */
export function parseTags(
  text: string,
  unknown: (value: string) => void,
): { tag: ResidentTag; riskLevel?: RiskLevel }[] {
  const tags: { tag: ResidentTag; riskLevel?: RiskLevel }[] = [];
  for (const word of text.split(/[、,，;；/|\s]+/).filter(Boolean)) {
    const withRisk = /^(.+?)[(（[【-](.+?)[)）\]】]?$/.exec(word.normalize('NFKC'));
    const tag = tagOf(word) ?? (withRisk ? tagOf(withRisk[1] ?? '') : null);
    const riskLevel = !tagOf(word) && withRisk ? riskLevelOf(withRisk[2] ?? '') : null;
    if (!tag) unknown(word);
    else tags.push(riskLevel ? { tag, riskLevel } : { tag });
  }
  return tags;
}
