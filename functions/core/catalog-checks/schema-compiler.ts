/**
 * Compiles officers' JSON Schemas (the form, every condition) only to learn whether they compile.
 * The core compiles them again for real; here the formats are stubs, because what matters is that
 * the names are ones the core knows (catalogs/README.md, "Formats").
 */
import Ajv2020 from 'ajv/dist/2020.js';

export const knownFormats = ['vn-personal-id', 'vn-legacy-id', 'vn-tax-code', 'vn-mobile', 'date', 'email'];

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
    for (const f of knownFormats) ajv.addFormat(f, true);
    ajv.addKeyword({ keyword: 'x-notFuture', schemaType: 'boolean' });
  }
  return ajv;
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
