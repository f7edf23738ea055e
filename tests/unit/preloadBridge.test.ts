// window.griddesk as the preload builds it: invoke for the contract's procedure names only, upload and download,
// the case attachments' upload and open, and printing the page to PDF.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  AttachmentOpenMessage,
  AttachmentUploadMessage,
  DownloadMessage,
  UploadMessage,
} from '../../src/main/electron/fileChannels';
import type { PrintToPdfMessage } from '../../src/main/electron/printChannel';
import type { RpcMessage } from '../../src/main/electron/rpcMessage';
import { createBridge as createFullBridge, type SendRpcMessage } from '../../src/preload/bridge';
import { procedureNames } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/contract/errors';

/** A stand-in for ipcRenderer.invoke that remembers what crossed and answers ok. */
function recordingSend() {
  const sent: RpcMessage[] = [];
  const send = async (message: RpcMessage): Promise<Envelope<unknown>> => {
    sent.push(message);
    return { ok: true, data: 'answered' };
  };
  return { sent, send };
}

/** Stand-ins for the file channels that remember what crossed. */
function recordingFiles() {
  const uploads: UploadMessage[] = [];
  const downloads: DownloadMessage[] = [];
  const attachmentUploads: AttachmentUploadMessage[] = [];
  const opened: AttachmentOpenMessage[] = [];
  const printed: PrintToPdfMessage[] = [];
  return {
    uploads,
    downloads,
    attachmentUploads,
    opened,
    printed,
    files: {
      upload: async (message: UploadMessage) => {
        uploads.push(message);
        return { ok: true as const, data: { uploadId: 'a'.repeat(64), fileName: message.fileName, size: 3 } };
      },
      download: async (message: DownloadMessage) => {
        downloads.push(message);
        return { ok: true as const, data: { saved: true } };
      },
      uploadAttachment: async (message: AttachmentUploadMessage) => {
        attachmentUploads.push(message);
        const data = { sha256: 'b'.repeat(64), fileName: message.fileName, size: 3, mediaType: 'image/png' };
        return { ok: true as const, data };
      },
      openAttachment: async (message: AttachmentOpenMessage) => {
        opened.push(message);
        return { ok: true as const, data: { opened: true as const } };
      },
      printToPdf: async (message: PrintToPdfMessage) => {
        printed.push(message);
        return { ok: true as const, data: { saved: true, filePath: `/home/u/${message.fileName}` } };
      },
    },
  };
}

const createBridge = (send: SendRpcMessage) => createFullBridge(send, recordingFiles().files);

describe('the preload bridge', () => {
  it('exposes invoke, upload, download, the attachments’ upload and open, and printToPdf, and nothing else', () => {
    expect(Object.keys(createBridge(recordingSend().send))).toEqual([
      'invoke',
      'upload',
      'download',
      'uploadAttachment',
      'openAttachment',
      'printToPdf',
    ]);
  });

  it('passes the file name a PDF of the page is proposed under, and nothing else', async () => {
    const { printed, files } = recordingFiles();
    const bridge = createFullBridge(recordingSend().send, files);
    const answer = await bridge.printToPdf?.('振兴街道-2026-10-月度工作总结.pdf');
    expect(answer).toEqual({ ok: true, data: { saved: true, filePath: '/home/u/振兴街道-2026-10-月度工作总结.pdf' } });
    expect(printed).toEqual([{ fileName: '振兴街道-2026-10-月度工作总结.pdf' }]);
  });

  it('passes an attachment’s name and bytes, and the id of one to open, with the token and language', async () => {
    const { attachmentUploads, opened, files } = recordingFiles();
    const bridge = createFullBridge(recordingSend().send, files);
    const bytes = new Uint8Array([1, 2, 3]);
    const uploaded = await bridge.uploadAttachment('现场.png', bytes, { token: 'abc', lang: 'zh-CN' });
    expect(uploaded).toMatchObject({ ok: true, data: { sha256: 'b'.repeat(64), fileName: '现场.png' } });
    expect(await bridge.openAttachment(7, { token: 'abc', lang: 'en' })).toEqual({ ok: true, data: { opened: true } });
    expect(attachmentUploads).toEqual([{ fileName: '现场.png', bytes, meta: { token: 'abc', lang: 'zh-CN' } }]);
    expect(opened).toEqual([{ attachmentId: 7, meta: { token: 'abc', lang: 'en' } }]);
  });

  it('passes an upload’s name and bytes, and a download’s id, with the token and language', async () => {
    const { uploads, downloads, files } = recordingFiles();
    const bridge = createFullBridge(recordingSend().send, files);
    const bytes = new Uint8Array([1, 2, 3]);
    const uploaded = await bridge.upload('居民.xlsx', bytes, { token: 'abc', lang: 'zh-CN' });
    expect(uploaded).toEqual({ ok: true, data: { uploadId: 'a'.repeat(64), fileName: '居民.xlsx', size: 3 } });
    await bridge.download('f'.repeat(32), { token: 'abc', lang: 'en' });
    expect(uploads).toEqual([{ fileName: '居民.xlsx', bytes, meta: { token: 'abc', lang: 'zh-CN' } }]);
    expect(downloads).toEqual([{ downloadId: 'f'.repeat(32), meta: { token: 'abc', lang: 'en' } }]);
  });

  it('answers INTERNAL rather than throwing when a file cannot be sent', async () => {
    const gone = () => Promise.reject(new Error('gone'));
    const bridge = createFullBridge(recordingSend().send, {
      upload: gone,
      download: gone,
      uploadAttachment: gone,
      openAttachment: gone,
      printToPdf: gone,
    });
    const upload = await bridge.upload('a.csv', new Uint8Array(1), { token: null, lang: 'en' });
    const download = await bridge.download('x', { token: null, lang: 'en' });
    const pdf = await bridge.printToPdf?.('a.pdf');
    expect([upload.ok, download.ok, pdf?.ok]).toEqual([false, false, false]);
    if (!upload.ok) expect(upload.error.code).toBe('INTERNAL');
  });

  it('passes a contract procedure to the main process with its input, token and language', async () => {
    const { sent, send } = recordingSend();
    const answer = await createBridge(send).invoke('auth.status', {}, { token: 'abc', lang: 'en' });
    expect(answer).toEqual({ ok: true, data: 'answered' });
    expect(sent).toEqual([{ procedure: 'auth.status', input: {}, meta: { token: 'abc', lang: 'en' } }]);
  });

  it('lets every procedure of the contract through', async () => {
    const { sent, send } = recordingSend();
    const bridge = createBridge(send);
    for (const name of procedureNames) await bridge.invoke(name, {}, { token: null, lang: 'zh-CN' });
    expect(sent.map((m) => m.procedure)).toEqual(procedureNames);
  });

  it('refuses a name outside the contract with NOT_FOUND, without sending anything', async () => {
    const { sent, send } = recordingSend();
    const bridge = createBridge(send);
    for (const name of ['shell.exec', 'auth.status ', '__proto__', 'constructor', 'toString', '']) {
      const answer = await bridge.invoke(name, {}, { token: null, lang: 'en' });
      expect(answer.ok, name).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('NOT_FOUND');
    }
    expect(sent).toEqual([]);
  });

  it('answers INTERNAL rather than throwing when the message cannot be sent', async () => {
    const bridge = createBridge(() => {
      throw new Error('An object could not be cloned.');
    });
    const answer = await bridge.invoke('auth.status', () => 1, { token: null, lang: 'en' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('INTERNAL');
  });
});

const builtPreload = path.join(__dirname, '../../out/preload/index.js');

describe.skipIf(!fs.existsSync(builtPreload))('the built preload (out/preload/index.js)', () => {
  const source = fs.existsSync(builtPreload) ? fs.readFileSync(builtPreload, 'utf8') : '';

  it('requires nothing but electron, as a sandboxed preload must', () => {
    const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('puts exactly one name, griddesk, on window', () => {
    const exposed = [...source.matchAll(/exposeInMainWorld\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
    expect(exposed).toEqual(['griddesk']);
  });
});
