/**
 * Whether a catalog folder was already seeded into this data folder, without reading it: a stamp of
 * every file's path, size and modification time (a `stat` each — milliseconds for 2,000 files,
 * where checking them takes tens of seconds). Kept beside DynamoDB Local's files, so wiping the
 * database wipes the stamp with it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The stamp of the folder's files. */
export function catalogStamp(catalogDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const stat = statSync(path);
        hash.update(`${relative(catalogDir, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  walk(catalogDir);
  return hash.digest('hex');
}

export function readStamp(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

export function writeStamp(file: string, stamp: string): void {
  writeFileSync(file, `${stamp}\n`);
}
