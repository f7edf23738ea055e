// End-to-end tests: real Chromium (Debian's) against browser mode, as a user would use it.
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const demoPort = 5199;
const freshPort = 5198;
const tmp = path.join(__dirname, 'tests', '.tmp');

/** A server on its own new data folder; `--demo` fills it with the demo street first. */
function server(port: number, name: string, demo: boolean) {
  const dataDir = path.join(tmp, name);
  return {
    command: `rm -rf "${dataDir}" && node out/main/server.js --port ${port} --data-dir "${dataDir}"${demo ? ' --demo' : ''}`,
    url: `http://127.0.0.1:${port}/api/rpc`,
    reuseExistingServer: false,
    timeout: 60_000,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${demoPort}`,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: [server(demoPort, 'e2e-demo', true), server(freshPort, 'e2e-fresh', false)],
});
