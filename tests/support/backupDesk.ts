// A GridDesk for the backup tests: its schedule fired by the test, filled with the demo street (enough pages for a
// backup to take many turns of the event loop) or with just its administrator.
import { manualScheduler } from './manualScheduler';
import { startTestGridDesk, type TestGridDesk } from './testGridDesk';

export const administrator = {
  username: 'admin',
  displayName: '管理员',
  password: 'Zhenxing2026',
  centreName: '振兴社区党群服务中心',
};

export function startBackupDesk(fill: 'demo' | 'setUp', dataDir?: string) {
  const scheduler = manualScheduler();
  const desk: TestGridDesk = startTestGridDesk({ scheduler, dataDir });
  if (fill === 'demo') desk.call('auth.openDemo', {});
  else desk.call('auth.setup', administrator);
  return { desk, scheduler, admin: desk.login('admin', fill === 'demo' ? 'demo1234' : administrator.password) };
}

/** The name a backup of `kind` started at `at` gets. */
export const backupNameAt = (kind: string, at: number) =>
  `griddesk-${kind}-${new Date(at).toISOString().replace(/[:.]/g, '-')}.db`;
