/**
 * Submitting a dossier: everything the decision depends on is read on the server (the published
 * version, the citizen's data, the confirmed uploads, today's date), the core validates, and the
 * dossier is stored with ONE conditional write keyed by a code derived from the idempotency key.
 * Nothing is written before that write, so a failure at any step leaves no dossier behind, and a
 * retry of a stored submit returns the same dossier (the same key for another procedure is a 409).
 */
import { validateSubmission } from '../../core/index';
import type { Channel, DocumentStatus } from '../../core/types';
import { ValidationFailedError } from '../../errors';
import type { AppDeps, Citizen, Dossier } from '../../ports/index';
import { loadCitizenData } from '../forms/load-citizen-data';
import { loadPublishedProcedure } from '../forms/load-published-procedure';
import { vietnamDate } from '../forms/vietnam-date';
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
  const { version, compiled } = await loadPublishedProcedure(deps, request.procedureId);
  const [citizenData, uploads] = await Promise.all([
    loadCitizenData(deps, citizen.personalId),
    loadConfirmedUploads(deps, citizen, request.procedureId, request.uploads),
  ]);
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
  const stored = await deps.dossiers.putDossier(dossier, idempotencyKey);
  return {
    created: stored.created,
    dossier: stored.dossier,
    receipt: await buildReceipt(deps, stored.dossier, version),
  };
}
