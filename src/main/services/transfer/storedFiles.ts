// Files kept beside the database for a while (uploads, exports): each `<id>` has a `<id>.json` sidecar saying
// when it was made, and is removed with all its files once it is older than its kind is kept.
import fs from 'node:fs';
import path from 'node:path';

/** Writes JSON through a temporary name, so a reader never finds half a file. */
export function writeJsonFile(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}.part`;
  fs.writeFileSync(partial, JSON.stringify(value));
  fs.renameSync(partial, file);
}

export interface Expiry {
  /** What an id looks like: anything else in the folder is left alone. */
  idPattern: RegExp;
  /** When the sidecar says the file was made (the centre's clock). */
  madeAt(sidecar: unknown): number;
  keepMs: number;
  /** The names of an id's files besides its sidecar: `<id><suffix>`. */
  suffixes: readonly string[];
}

export function pruneExpired(dir: string, now: number, expiry: Expiry): void {
  for (const name of fs.readdirSync(dir)) {
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
    if (!expiry.idPattern.test(id)) continue;
    try {
      const sidecar: unknown = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
      if (now - expiry.madeAt(sidecar) <= expiry.keepMs) continue;
      for (const suffix of expiry.suffixes) fs.rmSync(path.join(dir, `${id}${suffix}`), { force: true });
      fs.rmSync(path.join(dir, name), { force: true });
    } catch {
      // Being written or removed by another window at this moment: left for the next time.
    }
  }
}
