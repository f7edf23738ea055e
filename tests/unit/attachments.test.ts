// What may be attached to a case, judged from real files' leading bytes: photos, PDFs and office documents up
// to 20 MiB, with an extension that agrees with the content; anything else is refused with its reason.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  allowedAttachmentExtensions,
  checkAttachment,
  maxAttachmentBytes,
  sniffBytes,
} from '../../src/shared/domain/attachments';

/** A real 1×1 PNG, as a phone or a screenshot tool writes it. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a JPEG from a camera (SOI, then the EXIF APP1 marker). */
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x18, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00]);
const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1');
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** A Windows program: the MZ header and the DOS stub's first bytes. */
const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0, 0]);
/** An old Word or Excel file: the OLE2 compound file header. */
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
const text = Buffer.from('居民反映：楼道堆物，请尽快处理。\n', 'utf8');

async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('走访').addRow(['姓名', '地址']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const check = (fileName: string, bytes: Uint8Array) =>
  checkAttachment(fileName, bytes.length, bytes.subarray(0, sniffBytes));

describe('checkAttachment', () => {
  it('accepts photos by their bytes, under each extension they are saved with, in any case of letters', () => {
    expect(check('楼道堆物.png', png)).toEqual({ allowed: true, mediaType: 'image/png' });
    expect(check('IMG_0001.JPG', jpeg)).toEqual({ allowed: true, mediaType: 'image/jpeg' });
    expect(check('现场.jpeg', jpeg)).toEqual({ allowed: true, mediaType: 'image/jpeg' });
    expect(check('动图.gif', gif)).toEqual({ allowed: true, mediaType: 'image/gif' });
    expect(check('微信图片.webp', webp)).toEqual({ allowed: true, mediaType: 'image/webp' });
  });

  it('accepts a PDF scan and office documents, new and old', async () => {
    const xlsx = await realXlsx();
    expect(check('租赁合同扫描件.pdf', pdf)).toEqual({ allowed: true, mediaType: 'application/pdf' });
    expect(check('走访表.xlsx', xlsx)).toEqual({
      allowed: true,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(check('情况说明.docx', xlsx)).toMatchObject({ allowed: true });
    expect(check('情况说明.doc', ole)).toEqual({ allowed: true, mediaType: 'application/msword' });
    expect(check('台账.xls', ole)).toEqual({ allowed: true, mediaType: 'application/vnd.ms-excel' });
  });

  it('refuses a program renamed .jpg, naming the kinds that may be attached', () => {
    expect(check('照片.jpg', exe)).toEqual({
      allowed: false,
      refusal: 'attachmentTypeNotAllowed',
      params: { allowed: 'jpg, jpeg, png, webp, gif, pdf, docx, xlsx, doc, xls' },
      message: expect.stringContaining('jpg, jpeg, png'),
    });
  });

  it('refuses a text file, a program and a file without an extension', () => {
    for (const [name, bytes] of [
      ['情况说明.txt', text],
      ['setup.exe', exe],
      ['照片', png],
      ['照片.png.exe', png],
      ['constructor', png],
    ] as const) {
      expect(check(name, bytes), name).toMatchObject({ allowed: false, refusal: 'attachmentTypeNotAllowed' });
    }
  });

  it('refuses an allowed extension on bytes of another kind', async () => {
    expect(check('照片.jpg', png)).toMatchObject({ allowed: false, refusal: 'attachmentTypeNotAllowed' });
    expect(check('扫描件.png', pdf)).toMatchObject({ allowed: false, refusal: 'attachmentTypeNotAllowed' });
    expect(check('合同.docx', pdf)).toMatchObject({ allowed: false, refusal: 'attachmentTypeNotAllowed' });
    expect(check('台账.xlsx', ole)).toMatchObject({ allowed: false, refusal: 'attachmentTypeNotAllowed' });
    expect(check('说明.doc', await realXlsx())).toMatchObject({ allowed: false, refusal: 'attachmentTypeNotAllowed' });
    expect(check('说明.pdf', text)).toMatchObject({ allowed: false, refusal: 'attachmentTypeNotAllowed' });
  });

  it('takes a file of exactly 20 MiB and refuses one byte more, saying the limit', () => {
    expect(maxAttachmentBytes).toBe(20 * 1024 * 1024);
    expect(checkAttachment('scan.pdf', maxAttachmentBytes, pdf)).toEqual({
      allowed: true,
      mediaType: 'application/pdf',
    });
    expect(checkAttachment('scan.pdf', maxAttachmentBytes + 1, pdf)).toMatchObject({
      allowed: false,
      refusal: 'attachmentTooLarge',
      params: { maxMiB: 20 },
    });
  });

  it('refuses an empty file before looking at its name', () => {
    expect(check('照片.png', new Uint8Array(0))).toMatchObject({ allowed: false, refusal: 'attachmentEmpty' });
    expect(check('a.txt', new Uint8Array(0))).toMatchObject({ allowed: false, refusal: 'attachmentEmpty' });
  });

  it('lists the allowed extensions once, for the screen and the server alike', () => {
    expect(allowedAttachmentExtensions).toEqual([
      'jpg',
      'jpeg',
      'png',
      'webp',
      'gif',
      'pdf',
      'docx',
      'xlsx',
      'doc',
      'xls',
    ]);
  });
});
