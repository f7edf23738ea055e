// Importing a real-looking register from Excel: bad rows are shown with their row numbers and reasons, and the
// good rows are written only once the user confirms.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { checkCharOf } from '../../src/shared/domain/idNumber';
import { api, openRegisterArea, tokenOf } from './registerSupport';
import { settledDialog, signIn } from './support';

/** An ID number with the right check character, born on `birth` (YYYYMMDD), with a sequence of three digits. */
function idNumber(birth: string, sequence: number): string {
  const first17 = `320402${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharOf(first17);
}

/** A wrong check character for the same first 17 digits. */
function withWrongCheck(valid: string): string {
  const wrong = valid.endsWith('1') ? '2' : '1';
  return valid.slice(0, 17) + wrong;
}

test('an import shows its bad rows with reasons and writes the good ones only after confirmation', async ({
  page,
}, testInfo) => {
  const token = await tokenOf(page, 'desk');
  const grids = await api(page, token, 'grids.tree', {});
  const micro = grids.find((node) => node.level === 'micro_grid');
  const parent = grids.find((node) => node.id === micro?.parentId);
  const community = grids.find((node) => node.id === parent?.parentId);
  if (!micro || !parent || !community) throw new Error('the demo has no micro-grid');
  const gridPath = `${community.name}/${parent.name}/${micro.name}`;
  // A building nobody lives in yet and ID numbers nobody has, so the test can run again on the same database.
  const householdsAt = async (address: string) =>
    (await api(page, token, 'households.list', { address, limit: 50 })).rows;
  let building = 1;
  while ((await householdsAt(`滨河家园${building}栋`)).length > 0) building++;
  const estate = `滨河家园${building}栋`;
  const run = Date.now() % 900;

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民花名册');
  sheet.addRow([`${community.name}居民花名册`]);
  sheet.addRow(['姓名', '身份证号', '手机号码', '与户主关系', '人口类型', '住址', '所属网格', '房屋用途']);
  /** One row of the sheet: a resident of room `room` in unit 1 of that building. */
  const row = (name: string, id: string, phone: string, relation: string, room: string, grid = gridPath) => [
    name,
    id,
    phone,
    relation,
    '户籍',
    `${estate}1单元${room}室`,
    grid,
    '自住',
  ];
  const good = [
    row('钱国栋', idNumber('19780412', run), '13905230001', '户主', '101'),
    row('孙丽华', idNumber('19800705', run + 1), '13905230002', '配偶', '101'),
    row('钱思远', idNumber('20120301', run + 2), '', '子', '101'),
    row('吴建军', idNumber('19650923', run + 3), '0523-86123456', '户主', '102'),
  ];
  const bad = [
    row('周海燕', withWrongCheck(idNumber('19850615', run + 4)), '13905230005', '户主', '201'),
    row('郑文斌', idNumber('19900101', run + 5), '1390523', '户主', '202'),
    row('冯玉兰', idNumber('19721111', run + 6), '13905230007', '户主', '301', `${community.name}/第九十九微网格`),
  ];
  for (const row of [...good, ...bad]) sheet.addRow(row);
  const file = testInfo.outputPath('居民花名册.xlsx');
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  await workbook.xlsx.writeFile(file);

  await signIn(page, 'desk');
  await openRegisterArea(page, '导入');
  await expect(page.getByText('GBK')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(file);

  await expect(page.getByText(`居民花名册.xlsx · 共 ${good.length + bad.length} 行数据`)).toBeVisible();
  await expect(page.getByRole('row', { name: /手机号码/ })).toContainText('联系电话');
  await page.getByRole('button', { name: '检查数据' }).click();

  // The header is the sheet's second row, so the first data row is row 3 and the bad ones are rows 7, 8 and 9.
  const invalidRow = async (name: string, row: number, reason: string) => {
    const line = page.locator('.import-preview').getByRole('row', { name: new RegExp(name) });
    await expect(line.getByRole('cell').first()).toHaveText(String(row));
    await expect(line).toContainText(reason);
  };
  await invalidRow('周海燕', 7, '校验位');
  await invalidRow('郑文斌', 8, '电话');
  await invalidRow('冯玉兰', 9, '第九十九微网格');
  await expect(page.locator('.import-counts')).toContainText(String(good.length));

  // Previewed, not written.
  expect(await householdsAt(estate)).toHaveLength(0);

  await page.getByRole('button', { name: `确认导入 ${good.length} 人` }).click();
  const confirm = await settledDialog(page);
  await expect(confirm).toContainText('确认导入？');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toBeHidden();
  expect(await householdsAt(estate)).toHaveLength(0);

  await page.getByRole('button', { name: `确认导入 ${good.length} 人` }).click();
  await (await settledDialog(page)).getByRole('button', { name: `确认导入 ${good.length} 人` }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  await expect(page.getByText(`新增居民 ${good.length} 人，新建住户 2 户`)).toBeVisible();

  const after = await householdsAt(estate);
  expect(after).toHaveLength(2);
  const members = await Promise.all(after.map((row) => api(page, token, 'households.get', { id: row.id })));
  expect(members.flatMap((f) => f.members.map((m) => m.name)).sort()).toEqual(good.map((row) => row[0]).sort());
});
