/**
 * The browser's on-demand RE2 engine (builder-ui/src/ui/bundle-swaps/pattern-engine.ts), driven
 * the way the browser build drives it (the core's compileLinear over this module's RE2JS): before
 * it is loaded, every catalog form without a pattern compiles (Ajv's meta-schema included) and
 * every form with one is refused, never silently passed; once loaded, it answers as the core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { RE2JS as CoreRE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import {
  loadPatternEngine,
  mayHavePatterns,
  metaSchemaPatterns,
  RE2JS,
} from '../../builder-ui/src/ui/bundle-swaps/pattern-engine';
import { prepareFormSchema } from '../../functions/core/compile/form-schema';
import { configureFormAjv, formAjvOptions } from '../../functions/core/formats/create-ajv';
import { compileLinear } from '../../functions/core/formats/linear-regexp';

const proceduresDir = fileURLToPath(new URL('../../catalogs/procedures/', import.meta.url));
const forms = readdirSync(proceduresDir).map((file) => ({
  file,
  schema: (JSON.parse(readFileSync(join(proceduresDir, file), 'utf8')) as { form: { schema: object } }).form
    .schema,
}));

/** linear-regexp.ts's compileLinear as the browser build runs it: this module's RE2JS for re2js's. */
const browserEngine = Object.assign(
  (pattern: string) => {
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    return { test: (s: string) => re.test(s), toString: () => `/${pattern}/re2` };
  },
  { code: 'unused' },
);

/** A fresh form Ajv (meta-schema not yet compiled) compiling `schema` as the core prepares it. */
const compileInBrowser = (schema: object) =>
  configureFormAjv(new Ajv2020({ ...formAjvOptions, code: { regExp: browserEngine } })).compile(
    prepareFormSchema(schema).schema,
  );

/** Every `pattern` in Ajv's JSON Schema 2020-12 meta-schemas. */
function ajvMetaPatterns(): Set<string> {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('ajv/dist/2020')),
    'refs',
    'json-schema-2020-12',
  );
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'pattern' && typeof value === 'string') found.add(value);
        walk(value);
      }
  };
  for (const file of readdirSync(dir, { recursive: true }))
    if (String(file).endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, String(file)), 'utf8')));
  return found;
}

describe('the on-demand pattern engine', () => {
  it('knows exactly the patterns of Ajv’s meta-schema, and runs them as RE2 does', () => {
    expect([...metaSchemaPatterns].sort()).toEqual([...ajvMetaPatterns()].sort());
    const inputs = ['', 'a', '#', 'a#', '#a', 'https://x.vn/a#', 'x\ny', '_a-1.b', '1a', 'a b', 'đ', '😀#'];
    for (const pattern of metaSchemaPatterns) {
      expect(CoreRE2JS.translateRegExp(pattern)).toBe(pattern);
      for (const input of inputs)
        expect(RE2JS.compile(pattern).test(input), `${pattern} ~ ${input}`).toBe(
          compileLinear(pattern).test(input),
        );
    }
  });

  it('before loading: compiles every catalog form without a pattern, refuses every form with one', () => {
    const withPattern = forms.filter((f) => mayHavePatterns(f.schema));
    const without = forms.filter((f) => !mayHavePatterns(f.schema));
    // The catalog has both kinds, so neither check below is vacuous.
    expect(withPattern.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const { file, schema } of without) expect(() => compileInBrowser(schema), file).not.toThrow();
    for (const { file, schema } of withPattern)
      expect(() => compileInBrowser(schema), file).toThrow(/not loaded/);
  });

  it('finds patterns at any depth and in patternProperties', () => {
    expect(mayHavePatterns({ type: 'string', properties: { a: { format: 'date' } } })).toBe(false);
    expect(mayHavePatterns({ items: [{ anyOf: [{ pattern: '^a$' }] }] })).toBe(true);
    expect(mayHavePatterns({ $defs: { x: { patternProperties: { '^a': {} } } } })).toBe(true);
  });

  it('after loading: compiles every catalog form and answers as the core', async () => {
    await loadPatternEngine();
    for (const { file, schema } of forms) expect(() => compileInBrowser(schema), file).not.toThrow();
    const cases: [string, string][] = [
      ['^[0-9]{12}$', '079088004321'],
      ['^[0-9]{12}$', '07908800432'],
      ['^Hộ kinh doanh .{2,}$', 'Hộ kinh doanh Cơm Tấm'],
      ['^Hộ kinh doanh .{2,}$', 'Cơm Tấm'],
      ['^(a|a)+$', `${'a'.repeat(40)}b`],
      ['^[^#]*#?$', 'a#b'],
    ];
    for (const [pattern, value] of cases)
      expect(browserEngine(pattern).test(value), `${pattern} ~ ${value}`).toBe(
        compileLinear(pattern).test(value),
      );
  });
});
