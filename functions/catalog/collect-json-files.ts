/** Finds catalog JSON files under a folder, skipping the format's own schemas and generated output. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const skipped = new Set(['schema', 'generated', 'node_modules']);

export async function collectJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped.has(entry.name) && !entry.name.startsWith('.'))
        out.push(...(await collectJsonFiles(path)));
    } else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}
