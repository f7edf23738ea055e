// Real files for import tests: valid ID numbers, .xlsx workbooks written by exceljs, CSV text, and the upload
// step the transports take (so a test goes through the same store and authorization).
import ExcelJS from 'exceljs';
import { receiveUpload } from '../../src/main/rpc/files';
import { checkCharOf } from '../../src/shared/domain/idNumber';
import type { TestGridDesk } from './testGridDesk';

/** A valid ID number from Beijing (110105, apart from the demo street's 321204) for a birth date (YYYYMMDD) and a sequence. */
export function idNumberFor(birth: string, sequence: number): string {
  const first17 = `110105${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + checkCharOf(first17);
}

export const registerHeader = [
  '姓名',
  '公民身份号码',
  '联系电话',
  '与户主关系',
  '户籍类型',
  '住址',
  '所属网格',
] as const;

/** One register row under `registerHeader`. */
export function registerRow(overrides: Partial<Record<(typeof registerHeader)[number], unknown>> = {}): unknown[] {
  const row: Record<string, unknown> = {
    姓名: '王建国',
    公民身份号码: idNumberFor('19850307', 123),
    联系电话: '13912345678',
    与户主关系: '户主',
    户籍类型: '户籍',
    住址: '青云小区3栋2单元501室',
    所属网格: 'ZX-01-01',
    ...overrides,
  };
  return registerHeader.map((header) => row[header]);
}

/** An .xlsx with one worksheet holding `rows` (the first is usually the header), as office software writes it. */
export async function xlsxBytes(rows: unknown[][], options: { sheets?: string[] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of options.sheets ?? []) workbook.addWorksheet(name);
  const sheet = workbook.addWorksheet('居民');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A district-size register as .xlsx, written with exceljs's streaming writer: `count` residents in households of
 * three (head and two spouses' worth of relations), spread over the given micro-grid codes.
 */
export async function writeLargeRegister(file: string, count: number, gridCodes: readonly string[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('居民');
  sheet.addRow([...registerHeader]).commit();
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(1940, 0, 1) + (i % 25_000) * 86_400_000);
    const birth = day.toISOString().slice(0, 10).replaceAll('-', '');
    const household = Math.floor(i / 3);
    const address = `青云${Math.floor(household / 3000) + 1}期${(Math.floor(household / 60) % 50) + 1}栋${(Math.floor(household / 20) % 3) + 1}单元${(household % 20) + 101}室`;
    sheet
      .addRow([
        `居民${i}`,
        idNumberFor(birth, Math.floor(i / 25_000) * 100 + 7),
        `139${String(i).padStart(8, '0')}`,
        i % 3 === 0 ? '户主' : i % 3 === 1 ? '配偶' : '子',
        '户籍',
        address,
        gridCodes[Math.floor(household / 1000) % gridCodes.length],
      ])
      .commit();
  }
  await workbook.commit();
}

/** CSV text with every field quoted where it needs to be. */
export function csvText(rows: unknown[][]): string {
  const field = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Uploads as the transports do; answers the upload id, or throws with the refusal. */
export async function upload(desk: TestGridDesk, token: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const envelope = await receiveUpload(desk.app.router, { token, fileName, bytes });
  if (!envelope.ok) throw new Error(`upload refused: ${JSON.stringify(envelope.error)}`);
  return envelope.data.uploadId;
}
