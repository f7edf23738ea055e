// The monthly summary's comparisons on a street built by hand across three months (a year ago, the month before,
// the month): each figure's value, previous and last-year numbers are the ones put in; and its .xlsx export says
// the same numbers, with the changes domain/trends works out.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetValue } from '../../src/main/services/stats/summarySheet';
import { renderedExport } from '../../src/main/services/transfer/exportFiles';
import type { MonthlySummary, SummarySection } from '../../src/shared/contract/stats';
import { summarySections } from '../../src/shared/domain/monthlySummary';
import { countChange } from '../../src/shared/domain/trends';
import { statsLabels } from '../../src/shared/i18n/statsLabels';
import { type CaseDesk, registerCase, startCaseDesk } from '../support/caseFactory';
import { password, residentInput } from '../support/registerFactory';

/** Noon on a day in Shanghai. */
const at = (date: string) => Date.parse(`${date}T04:00:00Z`);

let c: CaseDesk;
let summary: MonthlySummary;

/** Moves the clock to a day and signs the administrator in again (sessions last 12 hours). */
function on(date: string): string {
  c.desk.setNow(at(date));
  return c.desk.login('admin', password);
}

beforeAll(() => {
  // The household and its resident 张三 are registered a year before the month summed up.
  c = startCaseDesk(at('2025-10-10'));
  let admin = on('2025-10-12');
  registerCase(c.desk, admin, { residentId: c.resident.id });

  admin = on('2026-09-08');
  registerCase(c.desk, admin, { residentId: c.resident.id });
  registerCase(c.desk, admin, {
    residentId: c.resident.id,
    source: 'hotline',
    hotlineOrderNo: 'RX20260908001',
    hotlineDeadline: at('2026-09-20'),
  });
  const newcomer = c.desk.call(
    'residents.create',
    residentInput(c.household.id, {
      name: '李四',
      idNumber: undefined,
      gender: 'female',
      birthDate: '1990-02-03',
      relationToHead: 'spouse',
      phone: undefined,
    }),
    admin,
  );

  admin = on('2026-10-09');
  for (let i = 0; i < 3; i++) {
    registerCase(c.desk, admin, { residentId: c.resident.id, next: 'resolve', resolution: '已上门协调解决' });
  }
  admin = on('2026-10-26');
  c.desk.call('residents.moveOut', { id: newcomer.id, version: newcomer.version, date: '2026-10-20' }, admin);
  c.desk.call('visits.record', { householdId: c.household.id, visitDate: '2026-10-15', type: 'routine' }, admin);
  c.desk.call('visits.record', { householdId: c.household.id, visitDate: '2026-10-25', type: 'routine' }, admin);

  on('2026-11-16');
  const manager = c.desk.login('manager', password);
  summary = c.desk.call('summaries.month', { gridId: c.grids.street.id, month: '2026-10' }, manager);
});
afterAll(() => c.desk.close());

const section = (key: SummarySection['key']) => summary.sections.find((s) => s.key === key) as SummarySection;
const figure = (key: SummarySection['key'], figureKey: string) => {
  const f = section(key).figures.find((x) => x.key === figureKey);
  return f ? [f.value, f.previous, f.lastYear] : null;
};

describe('month on month and year on year', () => {
  it('counts the cases of each month', () => {
    expect(summary.previousMonth).toBe('2026-09');
    expect(summary.lastYearMonth).toBe('2025-10');
    expect(figure('cases', 'newCases')).toEqual([3, 2, 1]);
    expect(figure('cases', 'hotlineCount')).toEqual([0, 1, 0]);
    expect(figure('cases', 'resolved')).toEqual([3, 0, 0]);
    expect(figure('cases', 'onTimeRate')).toEqual([1, null, null]);
  });

  it('counts the register at each month’s end and its changes in the month', () => {
    expect(figure('households', 'households')).toEqual([1, 1, 1]);
    expect(figure('households', 'residents')).toEqual([1, 2, 1]);
    expect(figure('households', 'residentsAdded')).toEqual([0, 1, 1]);
    expect(figure('households', 'movedOut')).toEqual([1, 0, 0]);
  });

  it('counts visits made and households visited', () => {
    expect(figure('visits', 'visitsDone')).toEqual([2, 0, 0]);
    expect(figure('visits', 'householdsVisited')).toEqual([1, 0, 0]);
    expect(figure('visits', 'coverage')).toEqual([1, 0, 0]);
  });

  it('reads an empty section as such', () => {
    expect(section('patrols').hasData).toBe(false);
    expect(section('party').hasData).toBe(false);
    expect(section('cases').hasData).toBe(true);
  });
});

describe('the .xlsx export', () => {
  it('has one sheet per section and a notes sheet, with the summary’s figures and their changes', async () => {
    c.desk.setNow(at('2026-11-16'));
    const manager = c.desk.login('manager', password);
    const file = c.desk.call('exports.monthlySummary', { gridId: c.grids.street.id, month: '2026-10' }, manager);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await renderedExport(c.desk.dataDir, file.downloadId));
    const words = statsLabels['zh-CN'].stats;
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      ...summarySections.map((key) => words.sections[key]),
      words.sheet.notes,
    ]);
    const cases = workbook.getWorksheet(words.sections.cases);
    if (!cases) throw new Error('no cases sheet');
    expect(String(cases.getRow(1).getCell(1).value)).toContain('天目山街道');
    expect(String(cases.getRow(1).getCell(1).value)).toContain('2026年10月');
    expect(cases.getRow(2).values).toEqual([undefined, '指标', '本月', '上月', '环比', '去年同月', '同比']);
    const row = (label: string) => {
      for (let i = 3; i <= cases.rowCount; i++) if (cases.getRow(i).getCell(1).value === label) return cases.getRow(i);
      throw new Error(`no row ${label}`);
    };
    const intake = row(words.figures.newCases);
    const change = countChange(3, 2);
    expect([intake.getCell(2).value, intake.getCell(3).value, intake.getCell(5).value]).toEqual([3, 2, 1]);
    expect(intake.getCell(4).value).toBe(`+${change.difference} (+${((change.ratio ?? 0) * 100).toFixed(1)}%)`);
    expect(row(words.figures.onTimeRate).getCell(2).value).toBe('100.0%');
    // Every figure of every section sheet, in the order summaries.month gives them, with its three numbers.
    for (const section of summary.sections) {
      const sheet = workbook.getWorksheet(words.sections[section.key]);
      section.figures.forEach((f, i) => {
        const cells = sheet?.getRow(3 + i);
        const expected = [f.value, f.previous, f.lastYear].map((v) => sheetValue(f.kind, v));
        expect([cells?.getCell(2).value, cells?.getCell(3).value, cells?.getCell(5).value], f.key).toEqual(expected);
      });
    }
    const households = workbook.getWorksheet(words.sections.households);
    const residents = households?.getRow(4);
    expect(residents?.getCell(1).value).toBe(words.figures.residents);
    expect([residents?.getCell(2).value, residents?.getCell(3).value, residents?.getCell(5).value]).toEqual([1, 2, 1]);
  });
});
