// Attachments on the case page: a file of a forbidden type is refused with the reason and nothing is added;
// a photo is attached, listed with its size and uploader, and the timeline records it.
import { expect, test } from '@playwright/test';
import { api, tokenOf } from './registerSupport';
import { signIn } from './support';

/** The smallest real PNG: signature, IHDR of a 1×1 image, IDAT, IEND. */
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** What a renamed program looks like: the MZ header of a Windows executable. */
const programBytes = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

test('the desk attaches a photo to an open case; a program renamed .jpg is refused', async ({ page }) => {
  const token = await tokenOf(page, 'desk');
  const open = await api(page, token, 'cases.list', { filters: { status: ['accepted'] }, limit: 1 });
  const target = open.rows[0];
  if (!target) throw new Error('the demo has no accepted case');
  const before = await api(page, token, 'cases.get', { id: target.id });

  await signIn(page, 'desk');
  await page.goto(`/#/cases/${target.id}`);
  await expect(page.getByRole('heading', { name: target.number })).toBeVisible();
  const card = page.locator('.ant-card', { has: page.locator('.ant-card-head', { hasText: /附件（\d+）/ }) });
  const input = card.locator('input[type=file]');

  await input.setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: programBytes });
  await expect(page.getByText(/只能附加照片、PDF 和 Word\/Excel 文档/)).toBeVisible();
  expect((await api(page, token, 'cases.get', { id: target.id })).attachments).toHaveLength(before.attachments.length);

  await input.setInputFiles({ name: '楼道积水.png', mimeType: 'image/png', buffer: onePixelPng });
  await expect(page.getByText('已附加 楼道积水.png')).toBeVisible();
  await expect(card).toContainText('楼道积水.png');
  const after = await api(page, token, 'cases.get', { id: target.id });
  expect(after.attachments.map((a) => a.fileName)).toContain('楼道积水.png');
  expect(after.timeline.at(-1)).toMatchObject({
    kind: 'attach',
    actorName: '陈晓燕',
    data: { fileName: '楼道积水.png' },
  });
});
