/**
 * The browser's door to RE2 (re2js), the linear-time engine every `pattern` and
 * `patternProperties` runs in (functions/core/formats/linear-regexp.ts). re2js is ~45 KB gzip, more
 * than the rest of the citizen form's validator, and most forms declare no pattern: the build
 * (vite.config.ts, `onDemand`) hands linear-regexp.ts this module in place of 're2js', and the
 * real engine is fetched only when a page needs it — the apply page when the form's schema has a
 * pattern, every builder page always. Once loaded, the same RE2JS class compiles the same
 * patterns as on the server, so verdicts do not change; before, compiling a pattern throws
 * (never a silent pass).
 */
import type { RE2JS as Engine } from 're2js';

let engine: typeof Engine | undefined;
let loading: Promise<void> | undefined;

/** Fetches re2js once; later calls return the same promise. */
export function loadPatternEngine(): Promise<void> {
  loading ??= import('./re2-engine').then((m) => {
    engine = m.RE2JS;
  });
  return loading;
}

/**
 * Before its first schema, Ajv compiles the JSON Schema 2020-12 meta-schema (every schema is
 * checked against it), whose own patterns — for `$id`, `$anchor` and `$dynamicAnchor` — go through
 * this engine too. They are fixed, anchored and made of plain character classes, on which
 * ECMAScript and RE2 agree (test/builder/pattern-engine.test.ts holds this list equal to Ajv's
 * meta-schemas and both engines to the same verdicts), so until RE2 is loaded they run natively:
 * a form without a pattern of its own never needs RE2.
 */
export const metaSchemaPatterns: ReadonlySet<string> = new Set(['^[^#]*#?$', '^[A-Za-z_][-A-Za-z0-9._]*$']);

function loaded(): typeof Engine {
  if (engine) return engine;
  throw new Error(
    'Bộ máy kiểm tra mẫu (RE2) chưa được nạp / the pattern engine (RE2) is not loaded: call loadPatternEngine() first',
  );
}

/** The part of re2js's RE2JS that linear-regexp.ts uses, answered by the loaded engine. */
export const RE2JS = {
  compile(regex: string, flags?: number): { test(input: string): boolean } {
    if (!engine && flags === undefined && metaSchemaPatterns.has(regex)) return new RegExp(regex, 'u');
    return loaded().compile(regex, flags);
  },
  translateRegExp(expr: string | RegExp): string {
    if (!engine && typeof expr === 'string' && metaSchemaPatterns.has(expr)) return expr;
    return loaded().translateRegExp(expr);
  },
};

/**
 * Whether `schema` may declare a pattern: any key `pattern` or `patternProperties` at any depth
 * (a property merely *named* "pattern" also counts; loading the engine once too often is harmless,
 * once too few is not).
 */
export function mayHavePatterns(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(mayHavePatterns);
  if (schema === null || typeof schema !== 'object') return false;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'pattern' || key === 'patternProperties') return true;
    if (mayHavePatterns(value)) return true;
  }
  return false;
}

/** Loads the engine when `schema` needs it, so that compiling it cannot throw. */
export async function preparePatterns(schema: unknown): Promise<void> {
  if (mayHavePatterns(schema)) await loadPatternEngine();
}
