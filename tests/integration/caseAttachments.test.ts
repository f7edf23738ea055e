// Case attachments end to end: a photo or scan sent over HTTP (or the desktop's IPC) into the store beside the
// database, attached to a case with a timeline entry, served back only to those who may see the case, and
// opened from a copy under its real name. A wrong file is refused with its reason and changes nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAttachmentOpenMessage, answerAttachmentUploadMessage } from '../../src/main/electron/attachmentMessages';
import { createHttpServer } from '../../src/main/rpc/http';
import { maxAttachmentBytes } from '../../src/shared/domain/attachments';
import {
  type CaseChange,
  type CaseDesk,
  registerCase,
  startCaseDesk,
  takeStep,
  timelineOf,
} from '../support/caseFactory';
import { tempDir } from '../support/testGridDesk';

// biome-ignore lint/suspicious/noExplicitAny: the test reads whatever JSON the server answers.
type Json = any;

/** A real 1×1 PNG. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const scan = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const program = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let r: CaseDesk;
let server: http.Server;
let base: string;
/** On 振兴社区 第01微网格, the grid worker's own. */
let ownCase: CaseChange;
/** On 凤凰社区, outside the grid worker's grids. */
let otherCase: CaseChange;

beforeAll(async () => {
  r = startCaseDesk();
  ownCase = registerCase(r.desk, r.tokens.desk, { gridId: r.grids.zxMicro1.id });
  otherCase = registerCase(r.desk, r.tokens.desk, { gridId: r.grids.fhMicro.id });
  server = createHttpServer({ router: r.desk.app.router });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  r.desk.close();
});

const storeDir = () => path.join(r.desk.dataDir, 'attachments');
const stored = () => (fs.existsSync(storeDir()) ? fs.readdirSync(storeDir()).sort() : []);

async function upload(bytes: Uint8Array, fileName: string, token: string | null = r.tokens.desk) {
  const response = await fetch(`${base}/api/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: bytes,
  });
  return { status: response.status, body: (await response.json()) as Json };
}

function attach(caseId: number, sha256: string, fileName: string, token = r.tokens.desk) {
  return r.desk.raw('cases.attach', { caseId, sha256, fileName }, token);
}

describe('POST /api/attachments', () => {
  it('keeps a photo beside the database under its sha-256 and answers its name, size and type', async () => {
    const { status, body } = await upload(photo, '楼道堆物 (1).png');
    expect(status).toBe(200);
    const sha256 = sha256Of(photo);
    expect(body).toEqual({
      ok: true,
      data: { sha256, fileName: '楼道堆物 (1).png', size: photo.length, mediaType: 'image/png' },
    });
    expect(fs.readFileSync(path.join(storeDir(), sha256))).toEqual(photo);
  });

  it('stores the same file sent twice once', async () => {
    await upload(photo, '现场照片.png');
    const again = await upload(photo, '另一个名字.png', r.tokens.worker);
    expect(again.body.data.sha256).toBe(sha256Of(photo));
    expect(stored()).toEqual([sha256Of(photo)]);
  });

  it('refuses a file too large, of a forbidden kind, renamed, or empty, and keeps nothing of it', async () => {
    const before = { files: stored(), db: r.desk.snapshot() };
    const tooLarge = Buffer.alloc(maxAttachmentBytes + 1);
    photo.copy(tooLarge);
    const refusals: [Promise<{ status: number; body: Json }>, number, string, Record<string, unknown>?][] = [
      [upload(tooLarge, '航拍.png'), 413, 'attachmentTooLarge', { maxMiB: 20 }],
      [upload(program, '照片.jpg'), 400, 'attachmentTypeNotAllowed', { allowed: expect.stringContaining('pdf') }],
      [upload(Buffer.from('请尽快处理'), '说明.txt'), 400, 'attachmentTypeNotAllowed'],
      [upload(scan, '扫描件.docx'), 400, 'attachmentTypeNotAllowed'],
      [upload(new Uint8Array(0), '照片.png'), 400, 'attachmentEmpty'],
    ];
    for (const [answer, status, reason, params] of refusals) {
      const { status: got, body } = await answer;
      expect([got, body.error.code, body.error.reason], reason).toEqual([status, 'VALIDATION', reason]);
      if (params) expect(body.error.params).toEqual(params);
    }
    expect({ files: stored(), db: r.desk.snapshot() }).toEqual(before);
  });

  it('refuses the unsigned and a role that may not work cases, before reading the file', async () => {
    const unsigned = await upload(scan, '扫描件.pdf', null);
    expect([unsigned.status, unsigned.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const secretary = await upload(scan, '扫描件.pdf', r.tokens.secretary);
    expect([secretary.status, secretary.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect(stored()).not.toContain(sha256Of(scan));
  });
});

describe('cases.attach', () => {
  it('attaches an uploaded file with a timeline entry and an audit row, leaving the case’s version', async () => {
    const { body } = await upload(scan, '租赁合同 扫描件.pdf', r.tokens.worker);
    const before = r.desk.call('cases.get', { id: ownCase.id }, r.tokens.desk);
    const attached = r.desk.call(
      'cases.attach',
      { caseId: ownCase.id, sha256: body.data.sha256, fileName: body.data.fileName },
      r.tokens.worker,
    );
    expect(attached).toEqual({
      id: expect.any(Number),
      fileName: '租赁合同 扫描件.pdf',
      mediaType: 'application/pdf',
      size: scan.length,
      uploadedByName: '刘建华',
      uploadedAt: expect.any(Number),
    });
    const after = r.desk.call('cases.get', { id: ownCase.id }, r.tokens.desk);
    expect(after.attachments).toEqual([attached]);
    expect(after.version).toBe(before.version);
    expect(after.status).toBe(before.status);
    expect(timelineOf(r.desk, ownCase.id).at(-1)).toMatchObject({
      kind: 'attach',
      fromStatus: before.status,
      toStatus: before.status,
      actorName: '刘建华',
      data: { fileName: '租赁合同 扫描件.pdf', attachmentId: attached.id },
    });
    const audit = r.desk.app.database.sqlite
      .prepare("select entity, entity_id as entityId from audit_log where action = 'cases.attach'")
      .all();
    expect(audit).toEqual([{ entity: 'case_attachments', entityId: attached.id }]);
  });

  it('attaches the same stored photo to two cases, keeping one copy of its bytes', () => {
    const sha256 = sha256Of(photo);
    const first = attach(ownCase.id, sha256, '现场.png');
    const second = attach(otherCase.id, sha256, '现场.png');
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(stored().filter((name) => name === sha256)).toHaveLength(1);
  });

  it('refuses a file never uploaded, a name that disagrees with the bytes, a hidden or finished case; changes nothing', () => {
    const finished = registerCase(r.desk, r.tokens.desk, { gridId: r.grids.zxMicro2.id });
    takeStep(r.desk, r.tokens.desk, {
      id: finished.id,
      version: finished.version,
      action: 'void',
      voidReason: 'invalid',
      note: '重复登记',
    });
    const before = r.desk.snapshot();
    const sha256 = sha256Of(photo);
    expect(attach(ownCase.id, 'a'.repeat(64), '现场.png')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'attachmentNotUploaded' },
    });
    expect(attach(ownCase.id, sha256, '现场.exe')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'attachmentTypeNotAllowed' },
    });
    expect(attach(otherCase.id, sha256, '现场.png', r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'caseNotFound' },
    });
    expect(attach(finished.id, sha256, '现场.png')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', reason: 'caseFinished' },
    });
    expect(attach(ownCase.id, sha256, '现场.png', r.tokens.secretary)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(r.desk.snapshot()).toEqual(before);
  });
});

describe('GET /api/attachments/<id>', () => {
  const download = (id: number | string, token: string | null) =>
    fetch(`${base}/api/attachments/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers the bytes inline under the real name, typed, never sniffed and sandboxed', async () => {
    const attached = r.desk.call(
      'cases.attach',
      { caseId: ownCase.id, sha256: sha256Of(photo), fileName: '楼道"堆物".png' },
      r.tokens.desk,
    );
    for (const token of [r.tokens.desk, r.tokens.worker, r.tokens.manager]) {
      const response = await download(attached.id, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-disposition')).toBe(
        `inline; filename="______.png"; filename*=UTF-8''${encodeURIComponent('楼道"堆物"')}.png`,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe('sandbox');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(photo);
    }
  });

  it('answers NOT_FOUND to a grid worker who may not see the case, and refuses the unsigned and the unpermitted', async () => {
    const hidden = r.desk.call(
      'cases.attach',
      { caseId: otherCase.id, sha256: sha256Of(scan), fileName: '凤凰社区 情况说明.pdf' },
      r.tokens.desk,
    );
    const refusals: [number | string, string | null, number, string][] = [
      [hidden.id, r.tokens.worker, 404, 'attachmentNotFound'],
      [999_999, r.tokens.desk, 404, 'attachmentNotFound'],
      ['..%2F..%2Fgriddesk.db', r.tokens.desk, 404, 'attachmentNotFound'],
      [hidden.id, null, 401, 'signInRequired'],
      [hidden.id, r.tokens.secretary, 403, 'forbidden'],
    ];
    for (const [id, token, status, reason] of refusals) {
      const response = await download(id, token);
      const body = (await response.json()) as Json;
      expect([response.status, body.error.reason], String(id)).toEqual([status, reason]);
    }
  });
});

describe('the desktop attachment messages', () => {
  const meta = (token: string) => ({ token, lang: 'zh-CN' });

  it('store an upload from the app’s page only, with the same rules as HTTP', () => {
    const router = r.desk.app.router;
    const message = { fileName: '现场.pdf', bytes: scan, meta: meta(r.tokens.desk) };
    expect(answerAttachmentUploadMessage(router, message, true)).toEqual({
      ok: true,
      data: { sha256: sha256Of(scan), fileName: '现场.pdf', size: scan.length, mediaType: 'application/pdf' },
    });
    expect(answerAttachmentUploadMessage(router, message, false)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(answerAttachmentUploadMessage(router, { ...message, fileName: '现场.jpg' }, true)).toMatchObject({
      error: { reason: 'attachmentTypeNotAllowed' },
    });
    expect(answerAttachmentUploadMessage(router, { ...message, meta: meta(r.tokens.secretary) }, true)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });

  it('open a copy under the real name with the system viewer, for those who may see the case', async () => {
    const router = r.desk.app.router;
    const copiesDir = tempDir('griddesk-opened-');
    const opened: string[] = [];
    const openPath = async (file: string) => {
      opened.push(file);
      return '';
    };
    const viewer = { copiesDir, openPath };
    const own = r.desk.call(
      'cases.attach',
      { caseId: ownCase.id, sha256: sha256Of(scan), fileName: '租赁合同.pdf' },
      r.tokens.desk,
    );
    const answer = await answerAttachmentOpenMessage(
      router,
      { attachmentId: own.id, meta: meta(r.tokens.worker) },
      true,
      viewer,
    );
    expect(answer).toEqual({ ok: true, data: { opened: true } });
    expect(opened).toHaveLength(1);
    expect(path.basename(opened[0] ?? '')).toBe('租赁合同.pdf');
    expect(path.dirname(path.dirname(opened[0] ?? ''))).toBe(copiesDir);
    expect(fs.readFileSync(opened[0] ?? '')).toEqual(scan);

    const hidden = r.desk.call(
      'cases.attach',
      { caseId: otherCase.id, sha256: sha256Of(scan), fileName: '凤凰.pdf' },
      r.tokens.desk,
    );
    const refused = await answerAttachmentOpenMessage(
      router,
      { attachmentId: hidden.id, meta: meta(r.tokens.worker) },
      true,
      viewer,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const elsewhere = await answerAttachmentOpenMessage(
      router,
      { attachmentId: own.id, meta: meta(r.tokens.desk) },
      false,
      viewer,
    );
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(opened).toHaveLength(1);

    const failing = await answerAttachmentOpenMessage(
      router,
      { attachmentId: own.id, meta: meta(r.tokens.desk) },
      true,
      { copiesDir, openPath: async () => 'No application is associated with this file' },
    );
    expect(failing).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'attachmentOpenFailed' } });
  });
});
