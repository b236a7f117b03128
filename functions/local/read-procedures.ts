/**
 * Reads catalogs/procedures/*.json for seeding. Minimal on purpose: the catalog checker validates
 * the files; seeding only needs each definition and stops with the file name when one is unreadable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Procedure } from '../core/types';

/** The procedure definitions in `dir`, sorted by file name. */
export function readProcedures(dir: string): Procedure[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as Procedure;
      } catch (cause) {
        throw new Error(`Cannot read procedure file ${file}: ${(cause as Error).message}`, { cause });
      }
    });
}
