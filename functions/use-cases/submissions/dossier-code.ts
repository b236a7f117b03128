import { createHash } from 'node:crypto';

// Crockford base32 without I, L, O, U: read aloud at a counter without confusion.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The dossier code is derived from the owner and the idempotency key, so a retried submit
 * computes the same code and the store's "create only if absent" write makes it idempotent
 * without transactions.
 * @example dossierCode('citizen-1', 'key-123') // 'HS-7F3K9Q2M4X' (stable for the same pair)
 */
export function dossierCode(owner: string, idempotencyKey: string): string {
  const digest = createHash('sha256').update(`${owner}\n${idempotencyKey}`).digest();
  let code = '';
  for (let i = 0; i < 10; i += 1) code += ALPHABET[(digest[i] ?? 0) % 32];
  return `HS-${code}`;
}
