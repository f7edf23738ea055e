// A GridDesk database file as an earlier version left it: the newest migrations not yet applied, an administrator
// (password demo1234) and one grid.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/main/db/open';
import { hashPassword } from '../../src/main/services/passwords';
import { defaultNow, migrationsFolder, tempDir } from './testGridDesk';

export const olderGridName = '旧版本的街道';

/** Writes the older database at `file` and answers how many migrations it lacks. */
export function writeOlderDatabase(file: string, missing = 1): number {
  const folder = tempDir('griddesk-older-migrations-');
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, journal.entries.length - missing);
  fs.writeFileSync(journalFile, JSON.stringify(journal));

  const older = openDatabase({ file, migrationsFolder: folder, now: () => defaultNow });
  older.sqlite
    .prepare(
      `insert into users (username, display_name, role, password_hash, created_at, updated_at)
       values ('admin', '旧管理员', 'admin', ?, ?, ?)`,
    )
    .run(hashPassword('demo1234'), defaultNow, defaultNow);
  older.sqlite
    .prepare("insert into grids (level, name, created_at, updated_at) values ('street', ?, ?, ?)")
    .run(olderGridName, defaultNow, defaultNow);
  older.close();
  return missing;
}
