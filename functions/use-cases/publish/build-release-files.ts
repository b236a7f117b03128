/**
 * The content of a release: every file, by path inside the release, and the digest of all of them.
 * The digest is what makes "publish again with no change" a no-op, so nothing time-dependent (the
 * release id, the date) is part of the content — those live in the manifest. It is computed over
 * canonical JSON (keys sorted), not the bytes: DynamoDB documents maps as unordered, so the same
 * definition may come back with its keys in another order, which must not count as a change.
 */
import { createHash } from 'node:crypto';
import type { CatalogContext } from '../../core/types';
import type { ProcedureVersion } from '../../ports';
import type { IndexEntry } from './build-procedure-artefacts';
import { buildSearchIndex } from './build-search-index';
import { cachedArtefacts } from './cached-artefacts';
import { canonicalJson } from './canonical-json';
import { releasePaths } from './release-keys';

export interface ReleaseFile {
  path: string;
  body: string;
  contentType: string;
  /** What the digest covers for this file: its JSON value, or for generated text what it was generated from. */
  source: unknown;
}

export interface ReleaseContent {
  files: ReleaseFile[];
  entries: IndexEntry[];
  digest: string;
}

/** Builds the files of a release from the published versions (fees quoted as of `date`). */
export function buildReleaseFiles(
  catalog: CatalogContext,
  versions: readonly ProcedureVersion[],
  date: string,
  scheduled: readonly { from: string; version: ProcedureVersion }[] = [],
): ReleaseContent {
  const next = new Map(scheduled.map((s) => [s.version.procedureId, s]));
  const sorted = [...versions].sort((a, b) => a.procedureId.localeCompare(b.procedureId));
  const perProcedure = sorted.map((version) => {
    const artefacts = cachedArtefacts(catalog, version, date);
    const types = artefacts.types;
    const id = version.procedureId;
    const coming = next.get(id);
    const comingArtefacts = coming ? cachedArtefacts(catalog, coming.version, coming.from) : undefined;
    // the portal announces a scheduled version and switches to it on its day (fees-on-date.ts)
    const upcoming = coming && { from: coming.from, version: coming.version.version };
    const entry = comingArtefacts
      ? { ...artefacts.entry, upcoming: { ...upcoming!, entry: comingArtefacts.entry } }
      : artefacts.entry;
    const detail = upcoming ? { ...artefacts.detail, upcoming } : artefacts.detail;
    return {
      entry,
      files: [
        json(releasePaths.procedure(id), detail),
        ...(comingArtefacts ? [json(releasePaths.upcoming(id), comingArtefacts.detail)] : []),
        json(releasePaths.form(id), artefacts.form),
        {
          path: releasePaths.types(id),
          body: types,
          contentType: 'text/plain; charset=utf-8',
          source: { generator: 'answer-types@1', version: version.version, definition: version.definition },
        },
      ],
    };
  });
  const entries = perProcedure.map((p) => p.entry);
  const files = [
    json(releasePaths.index, { procedures: entries }),
    json('search.json', buildSearchIndex(entries)), // the portal's search reads only this (build-search-index.ts)
    // what the quote API compiles with: the release's registry and policies, not the bundled ones
    json(releasePaths.context, catalog),
    ...perProcedure.flatMap((p) => p.files),
  ];
  return { files, entries, digest: digestOf(files) };
}

/** sha256 over every path and the canonical JSON of its source, in path order. */
export function digestOf(files: readonly ReleaseFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(canonicalJson(file.source)).update('\0');
  }
  return hash.digest('hex');
}

function json(path: string, value: unknown): ReleaseFile {
  return { path, body: JSON.stringify(value), contentType: 'application/json; charset=utf-8', source: value };
}
