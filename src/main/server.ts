// Browser mode on plain Node: `npm run serve -- --port 5180 --data-dir DIR --demo`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGridDesk } from './app';
import { defaultDataDir } from './dataDir';
import { findMigrationsFolder } from './db/migrationsFolder';
import { createHttpServer } from './rpc/http';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    'data-dir': { type: 'string' },
    demo: { type: 'boolean', default: false },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a number from 1 to 65535, not ${values.port}`);
  process.exit(2);
}
const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
const gridDesk = createGridDesk({ dataDir, migrationsFolder: findMigrationsFolder(__dirname) });

if (values.demo) {
  const status = gridDesk.router.call('auth.status', {}, { lang: 'zh-CN' });
  if (status.ok && (status.data as { setupRequired: boolean }).setupRequired) {
    const filled = gridDesk.router.call('auth.openDemo', {}, { lang: 'zh-CN' });
    if (!filled.ok) {
      console.error(`Could not fill the demo data: ${filled.error.message}`);
      process.exit(1);
    }
  }
}

const server = createHttpServer({ router: gridDesk.router, staticDir: path.join(__dirname, '../renderer') });
server.listen(port, '127.0.0.1', () => {
  console.log(`GridDesk (browser mode) on http://127.0.0.1:${port}  data: ${dataDir}`);
});

const shutdown = () => {
  server.close();
  gridDesk.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
