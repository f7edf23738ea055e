// griddesk://app/, the scheme the built page is served on instead of file://: the renderer's files with their types
// and the window's policy, and nothing outside the renderer's folder however the URL is spelled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerAppRequest, appFileFor } from '../../src/main/electron/appProtocol';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-app-scheme-'));
const rendererDir = path.join(root, 'out', 'renderer');
fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>GridDesk</title>');
fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'export const a = 1;');
fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
fs.writeFileSync(path.join(rendererDir, 'assets', '网格.woff2'), 'font');
// What must never be served: the main process's bundle beside the renderer, and the database.
fs.mkdirSync(path.join(root, 'out', 'main'));
fs.writeFileSync(path.join(root, 'out', 'main', 'index.js'), 'secret main');
fs.writeFileSync(path.join(root, 'griddesk.db'), 'personal data');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const policy = "default-src 'self'";
const get = (url: string) => answerAppRequest({ url, method: 'GET' }, rendererDir, policy);

describe('griddesk://app/', () => {
  it('serves the page with its type, the window’s policy and nosniff', async () => {
    const page = await get('griddesk://app/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(policy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>GridDesk</title>');
  });

  it('serves the bundle as JavaScript, so the page can run it as a module', async () => {
    const script = await get('griddesk://app/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export const a = 1;');
    expect((await get('griddesk://app/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('finds a file whose name the page percent-encodes', async () => {
    const font = await get(`griddesk://app/assets/${encodeURIComponent('网格')}.woff2`);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });

  it('answers 404 for a file that is not there and for the folder itself', async () => {
    expect((await get('griddesk://app/missing.js')).status).toBe(404);
    expect((await get('griddesk://app/assets')).status).toBe(404);
    expect((await get('griddesk://app/')).status).toBe(404);
  });

  it('never leaves the renderer folder, however the way out is spelled', () => {
    for (const url of [
      'griddesk://app/../main/index.js',
      'griddesk://app/%2e%2e/main/index.js',
      'griddesk://app/assets/..%2F..%2Fmain%2Findex.js',
      'griddesk://app/..%5Cmain%5Cindex.js',
      'griddesk://app/%2e%2e%2f%2e%2e%2fgriddesk.db',
      `griddesk://app/${encodeURIComponent(path.join(root, 'griddesk.db'))}`,
      'griddesk://app/index.html%00.js',
    ]) {
      const file = appFileFor(url, rendererDir);
      expect(file === null || file.startsWith(rendererDir + path.sep), url).toBe(true);
      if (file) expect(fs.existsSync(file), url).toBe(false);
    }
  });

  it('refuses other hosts, schemes, ports and credentials', () => {
    for (const url of [
      'griddesk://other/index.html',
      'griddesk://app:80/index.html',
      'griddesk://user:pw@app/index.html',
      'file:///tmp/index.html',
      'https://app/index.html',
      'not a url',
    ]) {
      expect(appFileFor(url, rendererDir), url).toBeNull();
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await answerAppRequest({ url: 'griddesk://app/index.html', method: 'HEAD' }, rendererDir, policy);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await answerAppRequest({ url: 'griddesk://app/index.html', method: 'POST' }, rendererDir, policy);
    expect(post.status).toBe(405);
  });
});
