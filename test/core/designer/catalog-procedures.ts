/** Every procedure of the real catalog, read as the store keeps it (JSON text), for designer tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Procedure } from '../../../functions/core/types';

const dir = join(import.meta.dirname, '../../../catalogs/procedures');

export const catalogProcedures: { file: string; procedure: Procedure }[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, procedure: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Procedure }));

/** Every condition (`when`) a procedure holds: document cases, documents, fee lines, exemptions. */
export function catalogConditions(p: Procedure): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (w: unknown) => {
    if (w && typeof w === 'object') out.push(w as Record<string, unknown>);
  };
  for (const c of p.documentCases) {
    add(c.when);
    for (const d of c.documents) add(d.when);
  }
  for (const f of p.fees ?? []) {
    add(f.when);
    for (const e of f.exemptions ?? []) add(e.when);
  }
  return out;
}
