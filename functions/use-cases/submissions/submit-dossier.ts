/**
 * Submitting a dossier: everything the decision depends on is read on the server (the published
 * version, the citizen's data, the confirmed uploads, today's date — in parallel, while the citizen's
 * submission rate is counted), the core validates, and the dossier is stored in ONE conditional write
 * with a hash of the request (a transaction with the consumption of its uploads when it has any).
 * Nothing else is written, so a failure at any step leaves no dossier behind; a retry of a stored
 * submit (same key, same request) returns the same dossier, and the same key with a different
 * request is 409 `idempotency.key-reused`.
 */
import { createHash } from 'node:crypto';
import { validateSubmission } from '../../core/index';
import type { Channel, DocumentStatus } from '../../core/types';
import { ConflictError, idempotencyKeyReused, ValidationFailedError } from '../../errors';
import type { AppDeps, Citizen, Dossier, ProcedureVersion } from '../../ports/index';
import { loadCitizenData } from '../forms/load-citizen-data';
import { loadPublishedProcedure } from '../forms/load-published-procedure';
import { vietnamDate } from '../forms/vietnam-date';
import { checkRate } from '../limits/check-rate';
import { canonicalJson } from '../publish/canonical-json';
import { buildReceipt, type Receipt } from './build-receipt';
import type { DossierDocument } from './dossier-record';
import { dueDate } from './due-date';
import { loadConfirmedUploads } from './load-confirmed-uploads';
import type { SubmissionRequest } from './parse-submission';

export interface SubmitResult {
  created: boolean;
  dossier: Dossier;
  receipt: Receipt;
}

/** Validates and stores a dossier; 422 with the core's errors when invalid; same dossier on retry. */
export async function submitDossier(
  deps: AppDeps,
  citizen: Citizen,
  request: SubmissionRequest,
  idempotencyKey: string,
): Promise<SubmitResult> {
  const requestHash = hashRequest(request);
  // Every request counts against the citizen's rate (shared by every container), counted while the
  // inputs are read: one round trip of waiting for both. A full window answers 429 before any other
  // reason, and then nothing is stored.
  const counted = checkRate(deps, 'submission', 'citizen', citizen.sub);
  counted.catch(() => undefined);
  let prepared: Prepared;
  try {
    prepared = await prepare(deps, citizen, request);
  } catch (err) {
    await counted;
    // A new submission never looks for an earlier one: the write's condition catches a retry
    // (putDossier). Only when the request cannot be filed now — its procedure retired, its uploads
    // consumed by the very dossier it stored — is the key asked whether it filed this before.
    const earlier = await answerFromRecord(deps, citizen, idempotencyKey, requestHash).catch((lookup) => {
      // The key filed another request: that answer (409) outranks why this one cannot be filed.
      if (lookup instanceof ConflictError) throw lookup;
      throw err;
    });
    if (earlier) return earlier;
    throw err;
  }
  await counted;
  const { version, dossier, uploadIds } = prepared;
  const stored = await deps.dossiers.putDossier(dossier, idempotencyKey, { requestHash, uploadIds });
  // A retry stored under an earlier version gets the receipt of that version.
  const filedUnder = stored.dossier.procedureVersion === version.version ? version : undefined;
  return {
    created: stored.created,
    dossier: stored.dossier,
    receipt: await buildReceipt(deps, stored.dossier, filedUnder),
  };
}

interface Prepared {
  version: ProcedureVersion;
  dossier: Dossier;
  uploadIds: string[];
}

/** The stored dossier when this key already filed this request (409 when it filed another one); else null. */
async function answerFromRecord(
  deps: AppDeps,
  citizen: Citizen,
  idempotencyKey: string,
  requestHash: string,
): Promise<SubmitResult | null> {
  const year = deps.clock.now().toISOString().slice(0, 4);
  const earlier = await deps.dossiers.findByIdempotencyKey(citizen.sub, idempotencyKey, year);
  if (!earlier) return null;
  if (earlier.requestHash !== null && earlier.requestHash !== requestHash) throw idempotencyKeyReused();
  const version = await deps.procedures.getVersion(
    earlier.dossier.procedureId,
    earlier.dossier.procedureVersion,
  );
  if (!version) return null;
  return {
    created: false,
    dossier: earlier.dossier,
    receipt: await buildReceipt(deps, earlier.dossier, version),
  };
}

/** Reads what the decision needs (in parallel: one round trip of waiting), validates, builds the dossier. */
async function prepare(deps: AppDeps, citizen: Citizen, request: SubmissionRequest): Promise<Prepared> {
  const published = loadPublishedProcedure(deps, request.procedureId);
  const inputs = Promise.all([
    // Fresh, not the previews' kept copy: the decision rests on the records as they are now.
    loadCitizenData(deps, citizen.personalId),
    loadConfirmedUploads(deps, citizen, request.procedureId, request.uploads),
  ]);
  // Both are awaited below, but whichever fails first must not leave the other unhandled.
  published.catch(() => undefined);
  inputs.catch(() => undefined);
  const { version, compiled } = await published;
  const [citizenData, uploads] = await inputs;
  if (uploads.errors.length > 0) throw new ValidationFailedError(uploads.errors);

  const now = deps.clock.now();
  const result = validateSubmission(compiled, {
    answers: request.answers,
    channel: request.channel,
    documents: uploads.files.map(({ document, type, size, key }) => ({ document, type, size, key })),
    citizen: citizenData,
    date: vietnamDate(now),
  });
  if (!result.valid) throw new ValidationFailedError(result.errors);

  const channel = request.channel as Channel;
  const offer = version.definition.channels.find((candidate) => candidate.channel === channel);
  const documents: DossierDocument[] = result.documents.map((status: DocumentStatus) => ({
    ...status,
    files: uploads.files
      .filter((file) => file.document === status.id)
      .map(({ uploadId, key, type, size }) => ({ uploadId, key, type, size })),
  }));
  const dossier: Dossier = {
    // The store derives the real code from owner + idempotency key (one conditional write).
    code: '',
    owner: citizen.sub,
    procedureId: version.procedureId,
    procedureVersion: version.version,
    channel,
    answers: request.answers,
    documents,
    fees: result.fees,
    indicators: result.indicators,
    status: 'received',
    receivedAt: now.toISOString(),
    ...(offer ? { dueAt: dueDate(offer.processingTime, now) } : {}),
  };
  return { version, dossier, uploadIds: [...new Set(uploads.files.map((file) => file.uploadId))] };
}

/** SHA-256 of the request as sent (keys sorted), so a reused Idempotency-Key is told apart. */
function hashRequest(request: SubmissionRequest): string {
  const { procedureId, channel, answers, uploads } = request;
  return createHash('sha256').update(canonicalJson({ procedureId, channel, answers, uploads })).digest('hex');
}
