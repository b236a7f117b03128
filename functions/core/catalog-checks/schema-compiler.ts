/**
 * Compiles officers' JSON Schemas (the form, every condition) only to learn whether they compile,
 * with the core's own options, formats, keywords and RE2 patterns, so "compiles here" means "the core can serve it".
 */
import type { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { configureFormAjv, formAjvOptions } from '../formats/create-ajv';

let warnings: string[] = [];
let ajv: Ajv2020 | undefined;
let compiles = 0;
/**
 * Ajv keeps something of every schema it compiled in its instance (~90 KB for a form, names and
 * values of the generated code) even once the schema is removed; a fresh instance every so many
 * compiles keeps memory flat in a checker that compiles thousands (one costs ~20 ms, mostly the
 * meta-schema's compile). Validators compiled before keep working.
 */
const compilesPerInstance = 200;

function getAjv(): Ajv2020 {
  if (!ajv) {
    const collect = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    // strict 'log': unknown keywords are worth a warning (often a typo), not a refusal.
    // No code optimisation: the validator is thrown away, only errors and warnings count, and
    // they come from generating the code, before the pass that would take half the compile.
    ajv = new Ajv2020({
      ...formAjvOptions,
      code: { ...formAjvOptions.code, optimize: false },
      strict: 'log',
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
      // Only changes the code generated (NaN and Infinity fail `type: number`; JSON has neither):
      // off as in the core's form Ajv, so a validator compiled here runs exactly like the core's.
      strictNumbers: false,
      logger: { log: () => {}, warn: collect, error: collect },
    });
    configureFormAjv(ajv);
  }
  return ajv;
}

/** The formats officers may use: exactly those the core registers. */
export function knownFormats(): string[] {
  return Object.keys(getAjv().formats);
}

export interface CompileResult {
  error?: string;
  warnings: string[];
}

/** Results by schema text: a catalog repeats its conditions across procedures, and a compile costs milliseconds. */
const results = new Map<string, CompileResult>();
const maxResults = 500;

/** Compiles `schema`; returns the error message when it does not compile, and Ajv's strict-mode warnings. */
export function tryCompile(schema: unknown): CompileResult {
  // Same text, same result: the instance forgets every schema after each compile.
  const key = textOf(schema);
  const known = key === undefined ? undefined : results.get(key);
  if (known) return { ...known, warnings: [...known.warnings] };
  const { validate: _validate, ...result } = compileChecked(schema);
  if (key !== undefined) {
    if (results.size >= maxResults) results.clear();
    results.set(key, { ...result, warnings: [...result.warnings] });
  }
  return result;
}

function textOf(schema: unknown): string | undefined {
  try {
    return JSON.stringify(schema);
  } catch {
    return undefined; // Not JSON (a cycle): compiled every time, as Ajv sees it.
  }
}

/**
 * tryCompile, also returning the validator: the core's form validator (same options but for
 * strict mode, which only adds warnings), without code optimisation (see skipCodeOptimization).
 */
export function compileChecked(schema: unknown): CompileResult & { validate?: ValidateFunction } {
  warnings = [];
  try {
    if (typeof schema === 'boolean') return { warnings };
    if (++compiles > compilesPerInstance) {
      compiles = 1;
      ajv = undefined;
    }
    const validate = getAjv().compile(schema as Record<string, unknown>);
    return { warnings, validate };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), warnings };
  } finally {
    getAjv().removeSchema();
  }
}
