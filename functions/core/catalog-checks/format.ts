/**
 * Validates a catalog file against the format's JSON Schemas (catalogs/schema). Pure, so the
 * builder UI, the admin API and the CLI all give the same answer for the same file.
 */

import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import commonSchema from '../../../catalogs/schema/common.schema.json';
import policySchema from '../../../catalogs/schema/policy.schema.json';
import procedureSchema from '../../../catalogs/schema/procedure.schema.json';
import registrySchema from '../../../catalogs/schema/registry.schema.json';
import { boundsMessage, checkJsonBounds, definitionBounds } from '../bounds/json-bounds';
import { isFullDate } from '../formats/full-date';
import { formatMessage } from './format-messages';
import type { CatalogProblem } from './problem';

export type CatalogFileKind = 'procedure' | 'policy' | 'registry';
export const catalogFileKinds: readonly CatalogFileKind[] = ['procedure', 'policy', 'registry'];

const schemas = { procedure: procedureSchema, policy: policySchema, registry: registrySchema };
let ajv: Ajv2020 | undefined;
const validators = new Map<CatalogFileKind, ValidateFunction>();

/** Compiled on first use, per kind: the procedure schema alone takes Ajv about half a second. */
function validatorFor(kind: CatalogFileKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    if (!ajv) {
      // verbose: the oneOf/anyOf reduction below reads the failing data and the branch schemas.
      ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true });
      ajv.addKeyword('tsType');
      // IsoDate's pattern lets 2027-02-31 through; the format names a day that does not exist.
      ajv.addFormat('date', isFullDate);
      ajv.addSchema(commonSchema);
    }
    validate = ajv.compile(schemas[kind]);
    validators.set(kind, validate);
  }
  return validate;
}

/** The format schema of a kind, e.g. for editors that offer completion. */
export function formatSchema(kind: CatalogFileKind): Record<string, unknown> {
  return schemas[kind];
}

/**
 * Checks `json` (already parsed) against the format of `kind`. Returns one problem per real
 * mistake, with a pointer into the file (subject `document`); [] when the file is well-formed.
 */
export function validateFormat(kind: CatalogFileKind, json: unknown): CatalogProblem[] {
  // Measured first: Ajv and every later check recurse, and a value thousands of levels deep overflows them.
  const violation = checkJsonBounds(json, definitionBounds);
  if (violation) {
    const message = boundsMessage(violation, { vi: 'tệp', en: 'the file' });
    const pointer = violation.kind === 'depth' ? violation.path : '';
    const code = violation.kind === 'depth' ? 'format.too-deep' : 'format.too-large';
    return [{ severity: 'error', code, subject: { kind: 'document' }, pointer, message }];
  }
  const validate = validatorFor(kind);
  if (validate(json)) return [];
  const seen = new Set<string>();
  const problems: CatalogProblem[] = [];
  for (const error of reduceAlternatives(validate.errors ?? [])) {
    const pointer =
      error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${String((error.params as { additionalProperty: string }).additionalProperty)}`
        : error.instancePath;
    const message = formatMessage(error);
    const key = `${pointer}|${message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      severity: 'error',
      code: `format.${error.keyword}`,
      subject: { kind: 'document' },
      pointer,
      message,
    });
  }
  return problems;
}

const inSubtree = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

/**
 * Ajv reports every failing branch of a oneOf/anyOf, which buries the one real mistake. The branch
 * errors come right before the oneOf/anyOf error; keep those of the branch the value meant to be
 * (by its `type` discriminator, or by its JSON type), else one error naming the choices.
 */
function reduceAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  const replace = new Map<ErrorObject, ErrorObject>();
  errors.forEach((alt, index) => {
    if (alt.keyword !== 'oneOf' && alt.keyword !== 'anyOf') return;
    const block: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const e = errors[i]!;
      if (!inSubtree(e.instancePath, alt.instancePath)) break;
      block.unshift(e);
    }
    const branches = Array.isArray(alt.schema) ? (alt.schema as Record<string, unknown>[]) : [];
    const discriminators = branches.map(
      (b) => (b.properties as Record<string, { const?: unknown }> | undefined)?.type?.const,
    );
    const data = alt.data as Record<string, unknown> | null;
    const branchOf = (e: ErrorObject) => {
      const m = e.schemaPath.slice(alt.schemaPath.length).match(/^\/(\d+)\//);
      return e.schemaPath.startsWith(alt.schemaPath) && m ? Number(m[1]) : -1;
    };
    for (const e of block) drop.add(e);
    if (
      discriminators.some((d) => d !== undefined) &&
      data &&
      typeof data === 'object' &&
      !Array.isArray(data)
    ) {
      const chosen = discriminators.indexOf(data.type);
      if (chosen >= 0) {
        const keep = block.filter((e) => {
          const b = branchOf(e);
          return b === chosen || (b === -1 && e.instancePath !== `${alt.instancePath}/type`);
        });
        for (const e of keep) drop.delete(e);
        drop.add(alt);
      } else {
        replace.set(alt, {
          ...alt,
          keyword: 'enum',
          instancePath: `${alt.instancePath}/type`,
          params: { allowedValues: discriminators.filter((d) => d !== undefined) },
        });
      }
      return;
    }
    const typeErrors = block.filter((e) => e.keyword === 'type' && e.instancePath === alt.instancePath);
    const rest = block.filter((e) => !typeErrors.includes(e));
    if (rest.length > 0) {
      for (const e of rest) drop.delete(e);
      drop.add(alt);
    } else if (typeErrors.length > 0) {
      const types = typeErrors.flatMap((e) => String((e.params as { type: string }).type).split(','));
      replace.set(alt, { ...alt, keyword: 'type', params: { type: [...new Set(types)] } });
    }
  });
  return errors.filter((e) => !drop.has(e)).map((e) => replace.get(e) ?? e);
}
