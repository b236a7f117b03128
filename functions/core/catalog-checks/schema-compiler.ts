/**
 * Compiles officers' JSON Schemas (the form, every condition) only to learn whether they compile,
 * with the core's own options, formats, keywords and RE2 patterns, so "compiles here" means "the core can serve it".
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { configureFormAjv, formAjvOptions } from '../formats/create-ajv';

let warnings: string[] = [];
let ajv: Ajv2020 | undefined;

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

/** Compiles `schema`; returns the error message when it does not compile, and Ajv's strict-mode warnings. */
export function tryCompile(schema: unknown): { error?: string; warnings: string[] } {
  warnings = [];
  try {
    if (typeof schema !== 'boolean') getAjv().compile(schema as Record<string, unknown>);
    return { warnings };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), warnings };
  } finally {
    getAjv().removeSchema();
  }
}
