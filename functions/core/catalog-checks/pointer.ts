/** RFC 6901 JSON pointers, as used in every problem and in the format's `target`/`from` fields. */

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins reference tokens into a pointer: pointer('fees', 0, 'id') → '/fees/0/id'. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/** Splits a pointer into unescaped tokens; '' → []. Returns null when it is not a pointer. */
export function parsePointer(value: string): string[] | null {
  if (value === '') return [];
  if (!value.startsWith('/')) return null;
  return value
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
