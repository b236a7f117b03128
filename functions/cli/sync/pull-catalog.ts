/**
 * `catalog pull --from <api>`: writes what the running system has PUBLISHED — the registry, the
 * fee policies (one file per jurisdiction) and the procedures the token may read (every agency's
 * with the national reader's token, `dongbo.quocgia`; the officer's own agency's otherwise) — to
 * a catalogs/ folder in the committed layout, and reports which files changed. Read-only on the
 * server; an officer's bearer token is required like for any admin read.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapLimit } from '../../use-cases/publish/map-limit';
import { formatJsonFile, formatRegistry } from './format-registry';

export interface SyncOptions {
  from: string;
  token: string;
  out: string;
  /** Injected in tests (a hono app's `request`); the global fetch otherwise. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  onProgress?: (done: number, total: number) => void;
}

export interface PullReport {
  /** Files written because their text differed (or they were new). */
  changed: string[];
  unchanged: string[];
  /**
   * Local files the server did not return (retired, never published, or — with an agency
   * officer's token — another agency's). Listed, never deleted: only the national reader's pull
   * sees everything, and deleting is a decision for the git commit.
   */
  notOnServer: string[];
}

type Head = { id: string; jurisdiction: string; publishedVersion: number | null };

/** Fetches JSON with the officer's token; a non-2xx answer stops with the server's message. */
export function client(options: SyncOptions) {
  const call = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  return async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const res = await call(`${options.from.replace(/\/$/, '')}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${options.token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await res.text();
    const body = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const messages = (body as { messages?: { vi: string; en: string } } | null)?.messages;
      throw new Error(`${res.status} ${path}: ${messages ? `${messages.vi} / ${messages.en}` : text}`);
    }
    return body as T;
  };
}

export async function pullCatalog(options: SyncOptions): Promise<PullReport> {
  const get = client(options);
  const files = new Map<string, string>();
  const registryHead = await get<{ head: Head }>('/api/admin/registry/registry');
  const policies = (await get<{ items: Head[] }>('/api/admin/policies')).items.filter(
    (h) => h.publishedVersion,
  );
  const procedures = (
    await get<{ procedures: { procedureId: string; publishedVersion: number | null }[] }>(
      '/api/admin/procedures',
    )
  ).procedures.filter((p) => p.publishedVersion !== null);
  const total = 1 + policies.length + procedures.length;
  let done = 0;
  const step = () => options.onProgress?.(++done, total);

  if (registryHead.head.publishedVersion) {
    const v = await get<{ version: { body: unknown } }>(
      `/api/admin/registry/registry/versions/${registryHead.head.publishedVersion}`,
    );
    files.set('registry.json', formatRegistry(v.version.body));
  }
  step();
  // a few reads in flight (thousands of procedures); results keep the listing's order
  const policyBodies = await mapLimit(policies, 8, async (head) => {
    const v = await get<{ version: { body: unknown } }>(
      `/api/admin/policies/${head.id}/versions/${head.publishedVersion}`,
    );
    step();
    return { jurisdiction: head.jurisdiction, body: v.version.body };
  });
  const byJurisdiction = new Map<string, unknown[]>();
  for (const { jurisdiction, body } of policyBodies) {
    byJurisdiction.set(jurisdiction, [...(byJurisdiction.get(jurisdiction) ?? []), body]);
  }
  for (const [jurisdiction, list] of byJurisdiction) {
    files.set(
      join('policies', `${jurisdiction}.json`),
      formatJsonFile({
        $schema: '../schema/policy.schema.json',
        formatVersion: 1,
        jurisdiction,
        policies: list,
      }),
    );
  }
  await mapLimit(procedures, 8, async (p) => {
    const v = await get<{ definition: { id: string; code: string } }>(
      `/api/admin/procedures/${p.procedureId}/versions/${p.publishedVersion}`,
    );
    files.set(
      join('procedures', `${v.definition.code}-${v.definition.id}.json`),
      formatJsonFile(v.definition),
    );
    step();
  });

  const report: PullReport = { changed: [], unchanged: [], notOnServer: [] };
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const target = join(options.out, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === text) {
      report.unchanged.push(path);
      continue;
    }
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, text);
    report.changed.push(path);
  }
  for (const folder of ['policies', 'procedures']) {
    const dir = join(options.out, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(folder, name);
      if (name.endsWith('.json') && !files.has(path)) report.notOnServer.push(path);
    }
  }
  return report;
}
