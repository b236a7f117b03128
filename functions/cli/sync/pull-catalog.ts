/**
 * `catalog pull --from <api>`: writes what the running system has PUBLISHED — the registry, the
 * fee policies (one file per jurisdiction) and the procedures the officer's agency publishes — to
 * a catalogs/ folder in the committed layout, and reports which files changed. Read-only on the
 * server; an officer's bearer token is required like for any admin read.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  changed: string[];
  unchanged: string[];
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
  const byJurisdiction = new Map<string, unknown[]>();
  for (const head of policies) {
    const v = await get<{ version: { body: unknown } }>(
      `/api/admin/policies/${head.id}/versions/${head.publishedVersion}`,
    );
    const list = byJurisdiction.get(head.jurisdiction) ?? [];
    list.push(v.version.body);
    byJurisdiction.set(head.jurisdiction, list);
    step();
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
  for (const p of procedures) {
    const v = await get<{ definition: { id: string; code: string } }>(
      `/api/admin/procedures/${p.procedureId}/versions/${p.publishedVersion}`,
    );
    files.set(
      join('procedures', `${v.definition.code}-${v.definition.id}.json`),
      formatJsonFile(v.definition),
    );
    step();
  }

  const report: PullReport = { changed: [], unchanged: [] };
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
  return report;
}
