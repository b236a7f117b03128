/**
 * Compiles officers' JSON Schemas (the form, every condition) only to learn whether they compile,
 * with the core's own formats and keywords, so "compiles here" means "the core can serve it".
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { registerAnnotations } from '../formats/annotations';
import { registerFormats, registerNotFuture } from '../index';

let warnings: string[] = [];
let ajv: Ajv2020 | undefined;

function getAjv(): Ajv2020 {
  if (!ajv) {
    const collect = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    // strict 'log': unknown keywords are worth a warning (often a typo), not a refusal.
    ajv = new Ajv2020({
      strict: 'log',
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
      allErrors: true,
      logger: { log: () => {}, warn: collect, error: collect },
    });
    registerAnnotations(registerNotFuture(registerFormats(ajv)));
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
