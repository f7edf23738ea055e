// The desktop app's 导出 PDF: the page printed and saved where the user chooses, only for the app's own page, with a
// name the save dialog can propose; a cancelled dialog saves nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printToPdfChannel } from '../../src/main/electron/printChannel';
import { answerPrintToPdfMessage, type PdfPrinter, pdfFileName } from '../../src/main/electron/printMessages';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-pdf-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const pdfBytes = new TextEncoder().encode('%PDF-1.7 振兴街道');

/** A stand-in for webContents.printToPDF and the save dialog that remembers what it was asked. */
function fakePrinter(choose: (name: string) => string | null) {
  const asked: string[] = [];
  let prints = 0;
  const printer: PdfPrinter = {
    print: async () => {
      prints += 1;
      return pdfBytes;
    },
    chooseSavePath: async (name) => {
      asked.push(name);
      return choose(name);
    },
  };
  return { printer, asked, prints: () => prints };
}

describe('printing the page to PDF', () => {
  it('has its own channel', () => {
    expect(printToPdfChannel).toBe('griddesk:printToPdf');
  });

  it('saves the printed page where the user chooses, proposing the name the page asked for', async () => {
    const { printer, asked } = fakePrinter((name) => path.join(folder, name));
    const answer = await answerPrintToPdfMessage({ fileName: '振兴街道-2026-10-月度工作总结.pdf' }, true, printer);
    const target = path.join(folder, '振兴街道-2026-10-月度工作总结.pdf');
    expect(answer).toEqual({ ok: true, data: { saved: true, filePath: target } });
    expect(asked).toEqual(['振兴街道-2026-10-月度工作总结.pdf']);
    expect(fs.readFileSync(target)).toEqual(Buffer.from(pdfBytes));
  });

  it('saves nothing when the user cancels the dialog', async () => {
    const before = fs.readdirSync(folder);
    const { printer } = fakePrinter(() => null);
    expect(await answerPrintToPdfMessage({ fileName: 'a.pdf' }, true, printer)).toEqual({
      ok: true,
      data: { saved: false },
    });
    expect(fs.readdirSync(folder)).toEqual(before);
  });

  it('refuses a page that is not the app’s own, without printing', async () => {
    const { printer, prints } = fakePrinter((name) => path.join(folder, name));
    const answer = await answerPrintToPdfMessage({ fileName: 'a.pdf' }, false, printer);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('FORBIDDEN');
    expect(prints()).toBe(0);
  });

  it('refuses a message of another shape, without printing', async () => {
    const { printer, prints } = fakePrinter((name) => path.join(folder, name));
    for (const message of [
      null,
      {},
      { fileName: '' },
      { fileName: 'a.pdf', pageSize: 'A3' },
      { fileName: 'x'.repeat(201) },
    ]) {
      const answer = await answerPrintToPdfMessage(message, true, printer);
      expect(answer.ok, JSON.stringify(message)).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('VALIDATION');
    }
    expect(prints()).toBe(0);
  });

  it('answers pdfNotSaved when the file cannot be written', async () => {
    const { printer } = fakePrinter(() => path.join(folder, 'no-such-folder', 'a.pdf'));
    const answer = await answerPrintToPdfMessage({ fileName: 'a.pdf' }, true, printer);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect([answer.error.code, answer.error.reason]).toEqual(['INTERNAL', 'pdfNotSaved']);
  });

  it('proposes a plain name ending in .pdf: no folders, no control characters', () => {
    expect(pdfFileName('振兴社区-2026-10-月度工作总结')).toBe('振兴社区-2026-10-月度工作总结.pdf');
    expect(pdfFileName('../../etc/passwd.PDF')).toBe('passwd.pdf');
    expect(pdfFileName('第一\n网格.pdf')).toBe('第一网格.pdf');
  });
});
