/**
 * What a catalog release is built from, kept small so that publishing can tell cheaply whether
 * anything changed (see use-cases/publish/publish-catalog.ts). Stored beside the procedures and
 * written in the SAME transaction as every procedure or catalog-document change, so it can never
 * disagree with them.
 */
import type { CatalogDocKind } from './catalog-docs';
import type { Officer, ProcedureHead, ProcedureStatus } from './index';

/** One procedure's publication as its head states it (a mirror of the head's pointers). */
export interface PublicationMarker {
  procedureId: string;
  publishedVersion: number | null;
  scheduled?: { version: number; from: string };
  status: ProcedureStatus;
}

export interface CatalogInputsState {
  /** Bumped by every procedure or catalog-document change (registry, policies). */
  revision: number;
  /**
   * True once every procedure has its marker: markers are written with each change, so a store
   * filled before they existed needs one back-fill (done by the first publish that finds this false).
   */
  complete: boolean;
}

/** The state and per-procedure markers; a Query of one partition, a few KB per 100 procedures. */
export interface CatalogInputsStore {
  state(): Promise<CatalogInputsState | null>;
  listPublication(): Promise<PublicationMarker[]>;
  /**
   * Writes the markers of these heads that do not exist yet (never overwriting a newer one), then
   * marks the state complete; returns the heads' markers.
   */
  backfill(heads: readonly ProcedureHead[]): Promise<PublicationMarker[]>;
}

/** Publish jobs: a large build runs outside the request that started it; its progress is polled. */
export interface PublishJob {
  jobId: string;
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  startedBy: string;
  updatedAt: string;
  /** Procedures looked at so far / to look at (built, or kept from the previous release). */
  done: number;
  total: number;
  releaseId?: string;
  /**
   * A policy or registry version this release puts in force: it is marked published only when the
   * release lands (use-cases/catalog-data/put-doc-in-force.ts). `revision` is the one checked when
   * the job was started; a version changed since then fails the job instead.
   */
  doc?: { kind: CatalogDocKind; id: string; version: number; revision: number };
  /** Once succeeded: procedures compiled, taken unchanged, and objects written. */
  stats?: { built: number; reused: number; objectsWritten: number };
  /** Why it failed, in both languages. */
  error?: { vi: string; en: string };
  /**
   * Who started it, stored with the job so a worker elsewhere (publish-worker on AWS) builds with
   * that officer's roles; never shown by the API.
   */
  actor?: Officer;
}

export interface PublishJobStore {
  put(job: PublishJob): Promise<void>;
  get(jobId: string): Promise<PublishJob | null>;
}
