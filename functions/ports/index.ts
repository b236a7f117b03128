/**
 * Ports: the small interfaces between the functions and the outside world. Adapters implement
 * them with the AWS SDK v3 (functions/adapters/); the same adapters talk to DynamoDB Local and s3rver
 * locally. Every write that must not be half-done is a single conditional item write.
 */
import type { CitizenData, Procedure } from '../core/types';
import type { CatalogDocStore } from './catalog-docs';
import type { CatalogInputsStore, PublishJobStore } from './catalog-inputs';
import type { Limits } from './limits';

export type * from './catalog-docs';
export type * from './catalog-inputs';

export type ProcedureStatus = 'draft' | 'in-review' | 'approved' | 'published' | 'retired';

/** One version of a procedure. Published versions never change. */
export interface ProcedureVersion {
  procedureId: string;
  version: number;
  status: ProcedureStatus;
  agency: string;
  definition: Procedure;
  /** Optimistic-concurrency counter; every update must name the revision it read (409 otherwise). */
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /**
   * Every officer who wrote content into this version (its creator and whoever saved any
   * revision): none of them may approve or publish it. Absent on versions stored before it existed
   * (then `createdBy` stands in).
   */
  authors?: string[];
  reviewComment?: string;
  publishedAt?: string;
  /** The legal date it takes effect, when it was scheduled rather than published at once. */
  effectiveFrom?: string;
}

/** The head record of a procedure: which versions exist and which one is published. */
export interface ProcedureHead {
  procedureId: string;
  agency: string;
  code: string;
  name: { vi: string; en: string };
  field: string;
  level: string;
  onlineLevel: string;
  latestVersion: number;
  publishedVersion: number | null;
  /**
   * An approved version published to take effect on a legal date ("có hiệu lực từ"): until that
   * day (Vietnam date) `publishedVersion` serves; from it on, readers serve this one — no job runs.
   */
  scheduled?: { version: number; from: string };
  status: ProcedureStatus;
  revision: number;
  updatedAt: string;
}

export interface ProcedureStore {
  /**
   * The head; with `maxAgeMs`, a copy this store read at most that long ago will do (citizen
   * routes) — forgotten whenever this store writes. Without it, a strongly consistent read.
   */
  getHead(procedureId: string, options?: { maxAgeMs?: number }): Promise<ProcedureHead | null>;
  listHeads(filter?: { agency?: string }): Promise<ProcedureHead[]>;
  getVersion(procedureId: string, version: number): Promise<ProcedureVersion | null>;
  listVersions(procedureId: string): Promise<ProcedureVersion[]>;
  /**
   * The one way a use case changes a procedure: the version, its head and the audit entry in ONE
   * transaction, each under its own condition (optimistic concurrency on `revision`). Either all
   * three are stored or none; a stale or concurrent writer gets a ConflictError (409).
   */
  commit(change: ProcedureChange): Promise<void>;
  /**
   * The published version of a procedure as one consistent snapshot with its head (read in one
   * transaction), or null when nothing is published — never a version the head no longer names.
   */
  getPublished(procedureId: string): Promise<ProcedureVersion | null>;
  /** Single-item write for store tests only: creates the item; ConflictError if it exists. */
  putNewVersion(version: ProcedureVersion): Promise<void>;
  /** Single-item write for store tests only: replaces the version if its revision matches. */
  updateVersion(version: ProcedureVersion, expectedRevision: number): Promise<void>;
  /** Single-item write for store tests only: writes the head if its revision matches (null = new). */
  putHead(head: ProcedureHead, expectedRevision: number | null): Promise<void>;
}

export interface ProcedureChange {
  /** The version as it must be stored (its `revision` already advanced). */
  version: ProcedureVersion;
  /** The stored version's revision it replaces; null when `version` is a new version number. */
  versionRevision: number | null;
  head: ProcedureHead;
  /** The head revision that was read; null when the procedure is new. */
  headRevision: number | null;
  /** Who did what: stored in the same transaction, so no change exists without its entry. */
  audit: AuditEntry;
}

export interface AuditEntry {
  at: string;
  actor: string;
  agency?: string;
  action: string;
  entity: string;
  detail?: Record<string, unknown>;
}

/** Append-only: entries are never updated or deleted. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(entity: string): Promise<AuditEntry[]>;
}

export interface FileObjectInfo {
  key: string;
  size: number;
  contentType: string | undefined;
  metadata: Record<string, string>;
  /** Identifies the stored content (S3 ETag, quotes stripped): a re-upload changes it. */
  etag?: string;
}

export interface FileStore {
  presignUpload(input: {
    key: string;
    contentType: string;
    maxBytes: number;
    expiresInSeconds: number;
    metadata: Record<string, string>;
    /** When known, signed too: the client must send exactly this many bytes. */
    contentLength?: number;
  }): Promise<{
    url: string;
    method: 'PUT' | 'POST';
    fields?: Record<string, string>;
    headers?: Record<string, string>;
  }>;
  head(key: string): Promise<FileObjectInfo | null>;
  /**
   * Reads a whole object (at most `maxBytes`). With `etag`, only that content: a re-uploaded
   * object is refused with 409 `upload.changed` instead of returning bytes nobody checked.
   */
  read(key: string, maxBytes: number, etag?: string): Promise<Uint8Array | null>;
  /**
   * Copies a checked upload to where dossiers keep it, only if the source still holds `etag`,
   * without the upload's `pending` mark (so it never expires with abandoned uploads). Idempotent;
   * 409 `upload.changed` if the source was replaced since it was checked.
   */
  keep(fromKey: string, toKey: string, etag: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Which release is current: written once, last, by a publish or a rollback. */
export interface ReleasePointer {
  releaseId: string;
  publishedAt: string;
  digest: string;
  /** Grows by one at every move (absent on a pointer stored before moves were conditional). */
  revision?: number;
}

/** How a pointer moves: only from `expected` (409 `release.moved` otherwise), with its audit entry. */
export interface PointerMove {
  /** The pointer the mover planned from (null: none yet); omitted only by setup and tools. */
  expected?: ReleasePointer | null;
  /** Written together with the move, or not at all. */
  audit?: AuditEntry;
}

/** Immutable releases under their own prefix; `current` is one pointer written last. */
export interface ReleaseStore {
  putObject(key: string, body: string, contentType: string): Promise<void>;
  getObject(key: string): Promise<string | null>;
  /**
   * The pointer; with `maxAgeMs`, a copy this store read or wrote at most that long ago will do
   * (citizen reads), without it a fresh read (publishing, rollback).
   */
  getCurrentPointer(options?: { maxAgeMs?: number }): Promise<ReleasePointer | null>;
  /** Makes `pointer` current; with `expected`, only if that is still current (else 409 `release.moved`). */
  setCurrentPointer(pointer: ReleasePointer, options?: PointerMove): Promise<void>;
}

export interface CitizenDataSource {
  /**
   * What the population registry, residence, civil-status databases and the personal e-data
   * warehouse hold for this person. With `maxAgeMs`, a copy this source read at most that long ago
   * will do (the form and quote previews) — forgotten when this source writes that person. Without
   * it, a fresh read (the submission, the identity provider).
   */
  load(personalId: string, options?: { maxAgeMs?: number }): Promise<CitizenData | null>;
}

/**
 * Counters with limits, for rate limits and quotas: `add` grows every amount of `key` together,
 * or none of them when one would pass its limit (then it returns false). A key names its window
 * (e.g. a minute or a day), and expires after `expiresAt`.
 */
export interface CounterStore {
  add(
    key: string,
    amounts: Record<string, { add: number; limit: number }>,
    expiresAt: Date,
  ): Promise<boolean>;
}

/** What one `CounterStore.add` counts: its key, each amount with its limit, and when it expires. */
export interface CountedAmounts {
  key: string;
  amounts: Record<string, { add: number; limit: number }>;
  expiresAt: Date;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

export interface UploadSlot {
  uploadId: string;
  owner: string;
  procedureId: string;
  document: string;
  key: string;
  /**
   * Where the checked copy lives once confirmed: a key the presigned PUT cannot write, so a later
   * re-upload cannot change what a dossier references. Absent only on slots made before it existed.
   */
  keptKey?: string;
  contentType: string;
  maxBytes: number;
  status: 'pending' | 'confirmed';
  /** The dossier that took this upload (set in the dossier's own transaction): single use. */
  consumedBy?: string;
  size?: number;
  createdAt: string;
}

export interface Dossier {
  code: string;
  owner: string;
  procedureId: string;
  procedureVersion: number;
  channel: string;
  answers: Record<string, unknown>;
  documents: unknown[];
  fees: unknown;
  indicators: unknown;
  status: 'received';
  receivedAt: string;
  dueAt?: string;
}

export interface DossierStore {
  putUpload(slot: UploadSlot): Promise<void>;
  getUpload(uploadId: string): Promise<UploadSlot | null>;
  /** Marks a pending upload confirmed (conditional on it being pending and owned by `owner`). */
  confirmUpload(uploadId: string, owner: string, size: number): Promise<void>;
  /**
   * Stores the dossier only if no dossier has this code (derived from owner + idempotency key and
   * the filing year), with the request's hash, and — in the same transaction — the marking of each
   * upload in `uploadIds` as consumed by it (each must be the owner's, confirmed and not yet
   * consumed, else 409 `upload.consumed`). A retry with the same key and hash returns the stored
   * dossier (also in the first day of a year, for one filed the year before); the same key with
   * another hash is 409 `idempotency.key-reused`.
   */
  putDossier(
    dossier: Dossier,
    idempotencyKey: string | null,
    claim?: { requestHash?: string; uploadIds?: string[] },
  ): Promise<{ created: boolean; dossier: Dossier }>;
  /** The dossier this owner's idempotency key filed this year (`year`) or the year before, with its request hash. */
  findByIdempotencyKey(
    owner: string,
    idempotencyKey: string,
    year: string,
  ): Promise<{ dossier: Dossier; requestHash: string | null } | null>;
  getDossier(code: string): Promise<Dossier | null>;
  /** The owner's dossiers, newest first: only the list's fields (answers and files stay in the item). */
  listDossiers(owner: string): Promise<DossierListEntry[]>;
}

/** What a citizen's list shows of a dossier. */
export type DossierListEntry = Pick<
  Dossier,
  'code' | 'owner' | 'procedureId' | 'procedureVersion' | 'channel' | 'status' | 'receivedAt' | 'dueAt'
>;

/** `reader`: the national sync reader — reads every agency's data, may change nothing (auth.ts). */
export type OfficerRole = 'author' | 'approver' | 'publisher' | 'admin' | 'reader';

/** A signed-in procedure-control officer: roles are scoped to one agency. */
export interface Officer {
  kind: 'officer';
  sub: string;
  name: string;
  agency: string;
  roles: OfficerRole[];
}

/** A signed-in citizen (VNeID in production, a local stand-in in development). */
export interface Citizen {
  kind: 'citizen';
  sub: string;
  personalId: string;
  name: string;
}

export type Principal = Officer | Citizen;

/** Verifies a bearer token (Cognito / VNeID / the development identity provider); throws UnauthenticatedError. */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/** Everything a function's hono app needs; built once per door by its composition root. */
export interface AppDeps {
  procedures: ProcedureStore;
  /** Fee policies and registry data authored in the builder (reviewed like procedures). */
  catalogDocs: CatalogDocStore;
  audit: AuditLog;
  dossiers: DossierStore;
  files: FileStore;
  releases: ReleaseStore;
  /** What releases are built from, for a cheap "did anything change" (publish-catalog.ts). */
  catalogInputs: CatalogInputsStore;
  publishJobs: PublishJobStore;
  citizens: CitizenDataSource;
  clock: Clock;
  ids: IdGenerator;
  verifier: TokenVerifier;
  /** Registry and fee policies (versioned with the code in catalogs/, bundled into the functions). */
  catalog: import('../core/types').CatalogContext;
  /** Rate-limit and quota counters shared by every container (DynamoDB): per citizen. */
  counters: CounterStore;
  /**
   * Counters of this container only: the per-IP rate limits, a backstop behind the WAF's per-IP
   * rule (functions/adapters/memory/container-counter-store.ts).
   */
  containerCounters: CounterStore;
  limits: Limits;
}

export type { Limits, RateLimit, RateName, RateScope } from './limits';
