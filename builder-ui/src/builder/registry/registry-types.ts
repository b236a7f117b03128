/** The parts of the registry document the builder edits, as the API stores them. */
export type Named = { id: string; name: { vi: string; en?: string } };
export type Agency = Named & { jurisdiction: string; level: string };
export type SourceAttribute = { name: string; label: { vi: string; en?: string }; type: string };
export type Source = Named & { attributes?: SourceAttribute[]; records?: Named[] };
export type Level = Named & { retiredOn?: string };
/** An administrative unit (đơn vị hành chính): the registry's `jurisdictions`. */
export type Jurisdiction = Named & { level: string; parent?: string };
export type RegistryBody = Record<string, unknown> & {
  levels: Level[];
  jurisdictions: Jurisdiction[];
  agencies: Agency[];
  fields: Named[];
  feeCategories: Named[];
  sources: Source[];
};

export interface RegistryAnswer {
  head: { id: string; latestVersion: number; publishedVersion?: number };
  version: {
    version: number;
    status: string;
    body: RegistryBody;
    authors: string[];
    submittedBy?: string;
    /** Why the version was sent back, when it was. */
    reviewComment?: string;
  };
  registryCheck?: { broken: { kind: string; id: string; problems: { code: string }[] }[] };
}
