/**
 * Dossier codes. With an idempotency key the code is derived from owner + key, so a retried
 * submission lands on the same item and its create-once condition (inside the submission's
 * transaction) makes it idempotent.
 */
import { createHash, randomBytes } from 'node:crypto';

// Crockford-style alphabet: no I, L, O, U — easy to read out at a counter.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i] ?? 0) % 32];
  return out;
}

/**
 * The code for a submission with an idempotency key, e.g. `HS-2026-7K3M9QX2A1`.
 * The year is the filing year (a retry that crosses New Year's midnight would get a new code).
 */
export function deriveDossierCode(owner: string, idempotencyKey: string, year: string): string {
  const digest = createHash('sha256').update(`${owner}\u0000${idempotencyKey}`).digest();
  return `HS-${year}-${encode(digest, 10)}`;
}

/** A random code for submissions without an idempotency key. */
export function randomDossierCode(year: string): string {
  return `HS-${year}-${encode(randomBytes(10), 10)}`;
}
