// Browser mode's HTTP transport, spoken to as Chromium or a script would.

import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, maxBodyBytes } from '../../src/main/rpc/http';
import { procedureNames } from '../../src/shared/contract';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

// biome-ignore lint/suspicious/noExplicitAny: the test reads whatever JSON the server answers.
type Json = any;

let desk: TestGridDesk;
let server: http.Server;
let base: string;

beforeAll(async () => {
  desk = startDemoGridDesk();
  server = createHttpServer({ router: desk.app.router });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  desk.close();
});

async function post(procedure: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/rpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

async function loginToken(username: string): Promise<string> {
  const { body } = await post('auth.login', { input: { username, password: 'demo1234' } });
  return body.data.token;
}

describe('browser mode over HTTP', () => {
  it('lists every procedure with its kind, permission and the JSON Schema of its input', async () => {
    const response = await fetch(`${base}/api/rpc`);
    const listing = (await response.json()) as Json;
    expect(listing.procedures.map((p: { name: string }) => p.name)).toEqual(procedureNames);
    const login = listing.procedures.find((p: { name: string }) => p.name === 'auth.login');
    expect(login).toMatchObject({
      kind: 'mutation',
      permission: 'public',
      input: { type: 'object', properties: { username: { type: 'string' }, password: { type: 'string' } } },
    });
    expect(listing.procedures.find((p: { name: string }) => p.name === 'users.list').permission).toBe('users.manage');
  });

  it('signs in and answers { ok, data } with a token that opens the grid tree', async () => {
    const { status, body } = await post('auth.login', { input: { username: 'manager', password: 'demo1234' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, data: { user: { username: 'manager', role: 'manager' } } });
    const tree = await post('grids.tree', { input: {} }, { authorization: `Bearer ${body.data.token}` });
    expect(tree.body.data.length).toBe(62);
  });

  it('answers each refusal with its code, its HTTP status and a plain message, and changes nothing', async () => {
    const before = desk.snapshot();
    const manager = await loginToken('manager');
    const deskToken = await loginToken('desk');
    const afterLogins = desk.snapshot();
    expect(afterLogins.rows.audit_log).toBeGreaterThan(before.rows.audit_log ?? 0);

    const cases: [Promise<{ status: number; body: Json }>, number, string][] = [
      [post('auth.login', { input: { username: 'manager', password: 'wrong' } }), 401, 'UNAUTHENTICATED'],
      [post('grids.tree', { input: {} }, { authorization: 'Bearer expired-or-forged' }), 401, 'UNAUTHENTICATED'],
      [post('users.list', { input: {} }, { authorization: `Bearer ${deskToken}` }), 403, 'FORBIDDEN'],
      [
        post(
          'users.create',
          { input: { username: 'x1x', displayName: 'x', role: 'admin', password: 'password-1' } },
          { authorization: `Bearer ${deskToken}` },
        ),
        403,
        'FORBIDDEN',
      ],
      [post('grids.nuke', { input: {} }, { authorization: `Bearer ${manager}` }), 404, 'NOT_FOUND'],
      [post('grids.%E0%A4%A', { input: {} }, { authorization: `Bearer ${manager}` }), 404, 'NOT_FOUND'],
      [post('grids.create', '{"input": {', { authorization: `Bearer ${manager}` }), 400, 'VALIDATION'],
      [post('grids.create', '[1,2]', { authorization: `Bearer ${manager}` }), 400, 'VALIDATION'],
      [
        post(
          'grids.create',
          { input: { parentId: 'one', level: 'x', name: '' } },
          { authorization: `Bearer ${manager}` },
        ),
        400,
        'VALIDATION',
      ],
      [
        post(
          'grids.create',
          { input: { parentId: null, level: 'street', name: '天目山街道' } },
          { authorization: `Bearer ${manager}` },
        ),
        409,
        'CONFLICT',
      ],
    ];
    for (const [answer, status, code] of cases) {
      const { status: actualStatus, body } = await answer;
      expect([actualStatus, body.error.code]).toEqual([status, code]);
      expect(body.error.message.length).toBeGreaterThan(3);
      expect(body.error.message).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    expect(desk.snapshot()).toEqual(afterLogins);
  });

  it('refuses a request larger than 1 MiB with VALIDATION, changing nothing', async () => {
    const manager = await loginToken('manager');
    const before = desk.snapshot();
    const huge = JSON.stringify({ input: { parentId: 1, level: 'community', name: 'x'.repeat(maxBodyBytes) } });
    const { status, body } = await post('grids.create', huge, { authorization: `Bearer ${manager}` });
    expect(status).toBe(413);
    expect(body.error).toMatchObject({ code: 'VALIDATION', reason: 'requestTooLarge' });
    expect(desk.snapshot()).toEqual(before);
  });

  it('answers validation messages in the language the browser asks for', async () => {
    const manager = await loginToken('manager');
    const input = { input: { parentId: 1, level: 'community', name: '' } };
    const zh = await post('grids.create', input, {
      authorization: `Bearer ${manager}`,
      'accept-language': 'zh-CN,zh;q=0.9',
    });
    const en = await post('grids.create', input, { authorization: `Bearer ${manager}`, 'accept-language': 'en-GB' });
    expect(zh.body.error.issues).toEqual([{ path: ['name'], message: '必填' }]);
    expect(en.body.error.issues).toEqual([{ path: ['name'], message: 'Required' }]);
  });

  it('refuses a request addressed to a host name other than the loopback', async () => {
    const { default: httpModule } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpModule.request(`${base}/api/rpc`, { headers: { host: 'evil.example:80' } }, (response) =>
        resolve(response.statusCode ?? 0),
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(403);
  });
});
