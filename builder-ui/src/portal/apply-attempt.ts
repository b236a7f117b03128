/**
 * Submitting is retry-safe: one idempotency key per dossier attempt, kept until the server
 * confirms; and only the uploads the current answers call for are filed.
 */
import type { DocumentStatus } from '../../../functions/core/types';
import { newIdempotencyKey } from '../api/client';
import type { UploadedFile } from './documents-section';

/**
 * The uploads to send: files kept for documents the answers no longer call for (or that the state
 * turned out to hold) stay on the page in case the answer changes back, but are not filed.
 */
export function currentUploads(uploads: Record<string, UploadedFile>, documents: DocumentStatus[]): string[] {
  return documents.flatMap((d) => {
    const upload = uploads[d.id];
    return d.status === 'upload' && upload ? [upload.uploadId] : [];
  });
}

const keyStorage = (id: string) => `tthc.idempotency.${id}`;

/** Keeps one key per procedure until a dossier is created, so a reload mid-submit cannot duplicate it. */
export function attemptKey(id: string): string {
  const stored = sessionStorage.getItem(keyStorage(id));
  if (stored) return stored;
  const key = newIdempotencyKey();
  sessionStorage.setItem(keyStorage(id), key);
  return key;
}

/** Forgets the key once the dossier exists. */
export function endAttempt(id: string): void {
  sessionStorage.removeItem(keyStorage(id));
}
