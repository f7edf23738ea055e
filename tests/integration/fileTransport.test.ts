// Files over both transports: POST /api/upload and GET /api/download/<id> in browser mode, and the IPC messages
// of the desktop app (with a stand-in for the save dialog), each checked for who may send and what.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerDownloadMessage, answerUploadMessage } from '../../src/main/electron/fileMessages';
import { contentDisposition } from '../../src/main/rpc/files';
import { createHttpServer } from '../../src/main/rpc/http';
import { maxUploadBytes } from '../../src/shared/domain/transferLimits';
import { csvText, registerHeader, registerRow } from '../support/importFiles';
import { startDemoGridDesk, type TestGridDesk, tempDir } from '../support/testGridDesk';

// biome-ignore lint/suspicious/noExplicitAny: the test reads whatever JSON the server answers.
type Json = any;

let desk: TestGridDesk;
let server: http.Server;
let base: string;
let deskToken: string;

beforeAll(async () => {
  desk = startDemoGridDesk();
  deskToken = desk.login('desk');
  server = createHttpServer({ router: desk.app.router });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  desk.close();
});

const register = new TextEncoder().encode(csvText([[...registerHeader], registerRow()]));

async function postUpload(body: Uint8Array, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/upload`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Json };
}

describe('POST /api/upload', () => {
  it('stores the file under its sha-256 with a sidecar naming it and its uploader, and answers its id', async () => {
    const { status, body } = await postUpload(register, {
      authorization: `Bearer ${deskToken}`,
      'x-file-name': encodeURIComponent('振兴社区 花名册.csv'),
    });
    expect(status).toBe(200);
    const uploadId = createHash('sha256').update(register).digest('hex');
    expect(body).toEqual({ ok: true, data: { uploadId, fileName: '振兴社区 花名册.csv', size: register.length } });
    const dir = path.join(desk.dataDir, 'uploads');
    expect(fs.readFileSync(path.join(dir, uploadId))).toEqual(Buffer.from(register));
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, `${uploadId}.json`), 'utf8'));
    const deskUser = desk.call('auth.me', {}, deskToken);
    expect(sidecar).toMatchObject({ fileName: '振兴社区 花名册.csv', uploadedBy: deskUser.id });
    expect(desk.call('imports.preview', { uploadId }, deskToken).fileName).toBe('振兴社区 花名册.csv');
  });

  it('refuses the unsigned, the unpermitted, the empty, the unreadable and the too large, with their reasons', async () => {
    const grid = desk.login('grid');
    const cases: [Promise<{ status: number; body: Json }>, number, string, string][] = [
      [postUpload(register), 401, 'UNAUTHENTICATED', 'signInRequired'],
      [postUpload(register, { authorization: 'Bearer forged' }), 401, 'UNAUTHENTICATED', 'sessionExpired'],
      [postUpload(register, { authorization: `Bearer ${grid}` }), 403, 'FORBIDDEN', 'forbidden'],
      [postUpload(new Uint8Array(0), { authorization: `Bearer ${deskToken}` }), 400, 'VALIDATION', 'fileEmpty'],
      [
        postUpload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), {
          authorization: `Bearer ${deskToken}`,
        }),
        400,
        'VALIDATION',
        'fileUnreadable',
      ],
      [
        postUpload(new Uint8Array(maxUploadBytes + 1), { authorization: `Bearer ${deskToken}` }),
        413,
        'VALIDATION',
        'fileTooLarge',
      ],
    ];
    for (const [answer, status, code, reason] of cases) {
      const { status: got, body } = await answer;
      expect([got, body.error?.code, body.error?.reason]).toEqual([status, code, reason]);
    }
  });

  it('accepts only POST', async () => {
    const response = await fetch(`${base}/api/upload`, { headers: { authorization: `Bearer ${deskToken}` } });
    expect(response.status).toBe(405);
  });
});

describe('GET /api/download/<downloadId>', () => {
  it('streams an export to its maker as an attachment with its Chinese name, and to nobody else', async () => {
    const file = desk.call('exports.residents', { residenceType: 'foreign' }, deskToken);
    const url = `${base}/api/download/${file.downloadId}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${deskToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="____-2026-11-16.xlsx"; filename*=UTF-8''${encodeURIComponent('居民名单')}-2026-11-16.xlsx`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes).toEqual(fs.readFileSync(path.join(desk.dataDir, 'exports', `${file.downloadId}.xlsx`)));

    const manager = desk.login('manager');
    const refusals: [string, Record<string, string>, number][] = [
      [url, {}, 401],
      [url, { authorization: `Bearer ${desk.login('grid')}` }, 403],
      [url, { authorization: `Bearer ${manager}` }, 404],
      [`${base}/api/download/${'0'.repeat(32)}`, { authorization: `Bearer ${deskToken}` }, 404],
      [`${base}/api/download/..%2F..%2Fgriddesk.db`, { authorization: `Bearer ${deskToken}` }, 404],
    ];
    for (const [target, headers, status] of refusals) {
      const refused = await fetch(target, { headers });
      expect(refused.status, target).toBe(status);
      expect(((await refused.json()) as Json).ok).toBe(false);
    }
  });

  it('names a file in RFC 5987 form, quotes and parentheses included', () => {
    expect(contentDisposition("变更(1)'.xlsx")).toBe(
      `attachment; filename="__(1)'.xlsx"; filename*=UTF-8''%E5%8F%98%E6%9B%B4%281%29%27.xlsx`,
    );
  });
});

const meta = (token = deskToken) => ({ token, lang: 'zh-CN' });

describe('the desktop file messages', () => {
  it('store an upload from the app’s page, and refuse any other frame or a malformed message', async () => {
    const message = { fileName: '花名册.csv', bytes: register, meta: meta() };
    const stored = await answerUploadMessage(desk.app.router, message, true);
    expect(stored).toMatchObject({ ok: true, data: { fileName: '花名册.csv', size: register.length } });
    expect(await answerUploadMessage(desk.app.router, message, false)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const malformed = await answerUploadMessage(desk.app.router, { ...message, bytes: 'not bytes' }, true);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'invalidRequest' } });
  });

  it('save an export where the user chooses, and nothing when they cancel', async () => {
    const file = desk.call('exports.residents', { residenceType: 'foreign' }, deskToken);
    const target = path.join(tempDir(), '保存的名单.xlsx');
    const asked: string[] = [];
    const saved = await answerDownloadMessage(
      desk.app.router,
      { downloadId: file.downloadId, meta: meta() },
      true,
      async (defaultName) => {
        asked.push(defaultName);
        return target;
      },
    );
    expect(saved).toEqual({ ok: true, data: { saved: true } });
    expect(asked).toEqual([file.fileName]);
    expect(fs.readFileSync(target)).toEqual(
      fs.readFileSync(path.join(desk.dataDir, 'exports', `${file.downloadId}.xlsx`)),
    );
    const cancelled = await answerDownloadMessage(
      desk.app.router,
      { downloadId: file.downloadId, meta: meta() },
      true,
      async () => null,
    );
    expect(cancelled).toEqual({ ok: true, data: { saved: false } });
    const foreign = await answerDownloadMessage(
      desk.app.router,
      { downloadId: file.downloadId, meta: meta() },
      false,
      async () => target,
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('files kept beside the database', () => {
  it('are removed once they outlive their keeping: uploads after a week, exports after a day', async () => {
    const token = desk.login('desk');
    const old = await answerUploadMessage(
      desk.app.router,
      { fileName: 'old.csv', bytes: register, meta: meta(token) },
      true,
    );
    const oldExport = desk.call('exports.residents', { residenceType: 'foreign' }, token);
    desk.advance(8 * 24 * 60 * 60_000);

    const later = desk.login('desk');
    const fresh = new TextEncoder().encode(csvText([[...registerHeader], registerRow({ 姓名: '新人' })]));
    await answerUploadMessage(desk.app.router, { fileName: 'new.csv', bytes: fresh, meta: meta(later) }, true);
    desk.call('exports.residents', { residenceType: 'foreign' }, later);
    if (!old.ok) throw new Error('the first upload was refused');
    expect(desk.raw('imports.preview', { uploadId: old.data.uploadId }, later)).toMatchObject({
      ok: false,
      error: { reason: 'uploadNotFound' },
    });
    const gone = await fetch(`${base}/api/download/${oldExport.downloadId}`, {
      headers: { authorization: `Bearer ${later}` },
    });
    expect(gone.status).toBe(404);
  });
});
