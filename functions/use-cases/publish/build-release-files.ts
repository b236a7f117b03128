/**
 * The content of a release, in two parts so that a publish rebuilds only what changed:
 * - per procedure (`buildProcedureFiles`): its index entry, detail, form and answer types — a pure
 *   function of the published version, the version scheduled after it and the catalog context;
 * - per catalog (`buildCatalogFiles`): the index, the compact search index and the context, assembled from every entry.
 * The publish date is NOT an input: fee summaries carry their whole timeline and readers pick the
 * segment of the day (forms/fees-on-date.ts), so a file built last month is still right today.
 * Each file's sha256 is its identity: equal bytes are one stored object (release-keys.ts).
 */
import { createHash } from 'node:crypto';
import type { CatalogContext } from '../../core/types';
import type { ProcedureVersion } from '../../ports';
import type { IndexEntry } from './build-procedure-artefacts';
import { buildSearchIndex } from './build-search-index';
import { cachedArtefacts } from './cached-artefacts';
import { releasePaths } from './release-keys';

export interface ReleaseFile {
  path: string;
  body: string;
  contentType: string;
  sha256: string;
  /** The procedure the file belongs to; absent for catalog-wide files (index, context). */
  of?: string;
}

export interface ProcedureBuild {
  id: string;
  entry: IndexEntry;
  files: ReleaseFile[];
}

export interface Scheduled {
  from: string;
  version: ProcedureVersion;
}

/** The files of one procedure's published version (and of the version scheduled after it). */
export function buildProcedureFiles(
  catalog: CatalogContext,
  version: ProcedureVersion,
  date: string,
  coming?: Scheduled,
): ProcedureBuild {
  const artefacts = cachedArtefacts(catalog, version, date);
  const id = version.procedureId;
  const comingArtefacts = coming ? cachedArtefacts(catalog, coming.version, coming.from) : undefined;
  // the portal announces a scheduled version and switches to it on its day (fees-on-date.ts)
  const upcoming = coming && { from: coming.from, version: coming.version.version };
  const entry = comingArtefacts
    ? { ...artefacts.entry, upcoming: { ...upcoming!, entry: comingArtefacts.entry } }
    : artefacts.entry;
  const detail = upcoming ? { ...artefacts.detail, upcoming } : artefacts.detail;
  return {
    id,
    entry,
    files: [
      json(releasePaths.procedure(id), detail, id),
      ...(comingArtefacts ? [json(releasePaths.upcoming(id), comingArtefacts.detail, id)] : []),
      json(releasePaths.form(id), artefacts.form, id),
      file(releasePaths.types(id), artefacts.types, 'text/plain; charset=utf-8', id),
    ],
  };
}

/** The catalog-wide files, from every procedure's entry (sorted by id). */
export function buildCatalogFiles(catalog: CatalogContext, entries: readonly IndexEntry[]): ReleaseFile[] {
  return [
    json(releasePaths.index, { procedures: entries }),
    json('search.json', buildSearchIndex(entries)), // the portal's search reads only this (build-search-index.ts)
    // what the quote API compiles with: the release's registry and policies, not the bundled ones
    json(releasePaths.context, catalog),
    // what a policy's impact table and a registry change check find concerned procedures in
    json(releasePaths.scopes, { procedures: entries.flatMap((e) => (e.scope ? [e.scope] : [])) }),
  ];
}

/** Every file of a release built from scratch (tests and small catalogs). */
export function buildReleaseFiles(
  catalog: CatalogContext,
  versions: readonly ProcedureVersion[],
  date: string,
  scheduled: readonly Scheduled[] = [],
): { files: ReleaseFile[]; entries: IndexEntry[]; digest: string } {
  const next = new Map(scheduled.map((s) => [s.version.procedureId, s]));
  const builds = [...versions]
    .sort((a, b) => a.procedureId.localeCompare(b.procedureId))
    .map((version) => buildProcedureFiles(catalog, version, date, next.get(version.procedureId)));
  const entries = builds.map((b) => b.entry);
  const files = [...buildCatalogFiles(catalog, entries), ...builds.flatMap((b) => b.files)];
  return { files, entries, digest: digestOf(files) };
}

/** The release's digest: sha256 over every path and its content's sha256, in path order. */
export function digestOf(files: readonly { path: string; sha256: string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(f.path).update('\0').update(f.sha256).update('\n');
  }
  return hash.digest('hex');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function json(path: string, value: unknown, of?: string): ReleaseFile {
  return file(path, JSON.stringify(value), 'application/json; charset=utf-8', of);
}

function file(path: string, body: string, contentType: string, of?: string): ReleaseFile {
  return { path, body, contentType, sha256: sha256(body), ...(of ? { of } : {}) };
}
