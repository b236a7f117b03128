/**
 * Where a catalog release lives in the catalog bucket. Everything of one release sits under
 * `releases/<releaseId>/` and is never overwritten; readers (the public portal) resolve the current
 * release through the pointer and then read these keys.
 */
export const releaseKeys = {
  prefix: (releaseId: string) => `releases/${releaseId}/`,
  manifest: (releaseId: string) => `releases/${releaseId}/manifest.json`,
  index: (releaseId: string) => `releases/${releaseId}/index.json`,
  procedure: (releaseId: string, procedureId: string) =>
    `releases/${releaseId}/procedures/${procedureId}.json`,
  form: (releaseId: string, procedureId: string) => `releases/${releaseId}/forms/${procedureId}.json`,
  types: (releaseId: string, procedureId: string) => `releases/${releaseId}/types/${procedureId}.ts`,
};

/** Paths inside a release (relative to its prefix), as listed in the manifest. */
export const releasePaths = {
  index: 'index.json',
  context: 'catalog-context.json',
  procedure: (procedureId: string) => `procedures/${procedureId}.json`,
  /** The detail of a version scheduled to take effect later (the portal switches on its day). */
  upcoming: (procedureId: string) => `procedures/${procedureId}.next.json`,
  form: (procedureId: string) => `forms/${procedureId}.json`,
  types: (procedureId: string) => `types/${procedureId}.ts`,
};
