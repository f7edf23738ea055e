// Where the generated migrations are at run time: beside the packaged app, or in the source tree.
import fs from 'node:fs';
import path from 'node:path';

export function findMigrationsFolder(startDir: string, resourcesPath?: string): string {
  const candidates: string[] = [];
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'migrations'));
  for (let dir = startDir; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'src', 'main', 'db', 'migrations'));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'meta', '_journal.json')));
  if (!found) throw new Error(`No migrations found from ${startDir}`);
  return found;
}
