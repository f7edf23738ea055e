// Reading and writing the centre-wide settings table.
import { eq } from 'drizzle-orm';
import type { AppDb } from '../db/open';
import { settings } from '../db/schema';

export const settingKeys = {
  isDemo: 'isDemo',
  centreName: 'centreName',
  /** Minutes without activity before a session locks (src/shared/domain/idleLock.ts). */
  idleLockMinutes: 'idleLockMinutes',
} as const;

export function readSetting<T>(db: AppDb, key: string): T | null {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (row.value as T) : null;
}

export function writeSetting(db: AppDb, key: string, value: unknown): void {
  db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}
