/**
 * `catalog push --to <api>`: loads catalog files as DRAFTS for review — never published directly.
 * For each policy, the registry and each procedure whose content differs from what is published,
 * it saves a draft (a new version when the latest is published; the open draft otherwise) and
 * reports it; identical content is skipped, so pushing what `pull` wrote changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapLimit } from '../../use-cases/publish/map-limit';
import { client, type SyncOptions } from './pull-catalog';

export interface PushReport {
  drafted: string[];
  unchanged: string[];
  /** Files the server refused (another agency's procedure, a format error…), with its message. */
  refused: string[];
}

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

type Head = { latestVersion: number; publishedVersion: number | null };

export async function pushCatalog(options: SyncOptions): Promise<PushReport> {
  const api = client(options);
  const read = (path: string) => JSON.parse(readFileSync(join(options.out, path), 'utf8'));
  const policyFiles = readdirSync(join(options.out, 'policies')).filter((n) => n.endsWith('.json'));
  const procedureFiles = readdirSync(join(options.out, 'procedures')).filter((n) => n.endsWith('.json'));
  const items: { label: string; run: () => Promise<boolean> }[] = [];
  const published = async (path: string): Promise<unknown> => {
    const found = await api<{ head: Head }>(path).catch(() => null);
    if (!found?.head.publishedVersion) return undefined;
    const v = await api<{ version?: { body: unknown }; definition?: unknown }>(
      `${path}/versions/${found.head.publishedVersion}`,
    );
    return v.version?.body ?? v.definition;
  };

  items.push({
    label: 'registry.json',
    run: async () => {
      const registry = read('registry.json');
      if (canonical(await published('/api/admin/registry/registry')) === canonical(registry)) return false;
      await api('/api/admin/registry/registry', { method: 'PUT', body: { registry } });
      return true;
    },
  });
  for (const name of policyFiles) {
    const file = read(join('policies', name)) as { jurisdiction: string; policies: { id: string }[] };
    for (const policy of file.policies) {
      items.push({
        label: `policies/${name}#${policy.id}`,
        run: async () => {
          if (canonical(await published(`/api/admin/policies/${policy.id}`)) === canonical(policy))
            return false;
          await api(`/api/admin/policies/${policy.id}`, {
            method: 'PUT',
            body: { jurisdiction: file.jurisdiction, policy },
          });
          return true;
        },
      });
    }
  }
  for (const name of procedureFiles) {
    items.push({
      label: `procedures/${name}`,
      run: async () => {
        const definition = read(join('procedures', name)) as { id: string };
        const path = `/api/admin/procedures/${definition.id}`;
        const found = await api<{ head: Head & { status: string } }>(path).catch(() => null);
        if (!found) {
          await api('/api/admin/procedures', { method: 'POST', body: { definition } });
          return true;
        }
        if (canonical(await published(path)) === canonical(definition)) return false;
        // the draft to write: a new version after a published one, else the open draft; its
        // revision is sent so a draft someone edited meanwhile is not overwritten (409 instead)
        const draft =
          found.head.status === 'published' || found.head.status === 'retired'
            ? await api<{ version: number; revision: number }>(`${path}/versions`, { method: 'POST' })
            : await api<{ version: number; revision: number }>(
                `${path}/versions/${found.head.latestVersion}`,
              );
        await api(`${path}/versions/${draft.version}`, {
          method: 'PUT',
          body: { definition, revision: draft.revision },
        });
        return true;
      },
    });
  }

  // a few files in flight (thousands of procedures); the report keeps the files' order
  let done = 0;
  const outcomes = await mapLimit(items, 8, async (item) => {
    let outcome: { kind: 'drafted' | 'unchanged' | 'refused'; line: string };
    try {
      outcome = { kind: (await item.run()) ? 'drafted' : 'unchanged', line: item.label };
    } catch (err) {
      outcome = {
        kind: 'refused',
        line: `${item.label}: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    options.onProgress?.(++done, items.length);
    return outcome;
  });
  const report: PushReport = { drafted: [], unchanged: [], refused: [] };
  for (const { kind, line } of outcomes) report[kind].push(line);
  return report;
}
