/**
 * Where catalog releases live in the catalog bucket.
 *
 * Content-addressed: every file of every release is stored once, as `objects/<sha256>.<ext>` of its
 * bytes, and reused by each later release that holds the same bytes — publishing after one change
 * writes only that procedure's files, the index and the manifest. A release itself is its manifest,
 * `releases/<id>/manifest.json` (path → object key, bytes, sha256), never overwritten; readers
 * resolve the current release through the pointer, then a path through the manifest.
 * Releases built before this layout have no keys in their manifest: their files sit under
 * `releases/<id>/<path>` (`legacyKey`) and stay readable and restorable by rollback.
 */
export const releaseKeys = {
  manifest: (releaseId: string) => `releases/${releaseId}/manifest.json`,
  /** A few hundred bytes the release list reads instead of the manifest (release-summary.ts). */
  summary: (releaseId: string) => `releases/${releaseId}/summary.json`,
  /** The newest release published (a rollback moves the pointer, not this): the list starts here. */
  latest: 'releases/latest.json',
  /** The object holding `sha256` bytes of a file at `path` (the extension tells its type). */
  object: (sha256: string, path: string) => `objects/${sha256}${extensionOf(path)}`,
  legacyKey: (releaseId: string, path: string) => `releases/${releaseId}/${path}`,
};

/** Paths inside a release, as listed in the manifest and asked for by readers. */
export const releasePaths = {
  index: 'index.json',
  context: 'catalog-context.json',
  /** Per procedure: ids, agency, field, level, fee lines (procedure-scope.ts). */
  scopes: 'scopes.json',
  procedure: (procedureId: string) => `procedures/${procedureId}.json`,
  /** The detail of a version scheduled to take effect later (the portal switches on its day). */
  upcoming: (procedureId: string) => `procedures/${procedureId}.next.json`,
  form: (procedureId: string) => `forms/${procedureId}.json`,
  types: (procedureId: string) => `types/${procedureId}.ts`,
};

function extensionOf(path: string): string {
  const match = /\.[a-z0-9]+$/i.exec(path);
  return match ? match[0] : '';
}
