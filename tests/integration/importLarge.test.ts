// A sheet of 100,000 rows is read whole, with no character garbled on the way. Its preview and commit are timed by
// `npm run bench` (tests/bench/registerBench.ts), not here: at a tenth of a millisecond a row and more, they would
// take this file far past its time.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sheet } from '../../src/main/services/transfer/sheet';
import { upload, writeLargeRegister } from '../support/importFiles';
import { startDemoGridDesk, type TestGridDesk, tempDir } from '../support/testGridDesk';

let desk: TestGridDesk;

beforeAll(() => {
  desk = startDemoGridDesk();
});
afterAll(() => desk.close());

it('reads a 100,000-row .xlsx whole, every Chinese character intact', async () => {
  const file = path.join(tempDir(), '十万人.xlsx');
  await writeLargeRegister(file, 100_000, ['ZX-01-01']);
  const uploadId = await upload(desk, desk.login('desk'), '十万人.xlsx', fs.readFileSync(file));
  const text = fs.readFileSync(path.join(desk.dataDir, 'uploads', `${uploadId}.rows.json`), 'utf8');
  // exceljs's streaming reader turns about one character in a few thousand into U+FFFD; the whole-file reader does not.
  expect(text.includes('\ufffd')).toBe(false);
  const sheet = JSON.parse(text) as Sheet;
  expect(sheet.rows).toHaveLength(100_001);
  expect(sheet.rows.at(-1)).toMatchObject({ line: 100_001, cells: expect.arrayContaining(['居民99999', '户主']) });
}, 60_000);
