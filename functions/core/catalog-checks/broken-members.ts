/**
 * Which top-level members of a procedure failed format validation, so the semantic layers that do
 * not read them can still run (see checkProcedure's `broken`).
 */
import { formatSchema } from './format';
import { parsePointer } from './pointer';
import type { CatalogProblem } from './problem';

/**
 * The top-level members that `formatProblems` (from validateFormat('procedure', json)) concern;
 * a missing required member counts as broken. Undefined when no layer can run (not an object).
 *
 * @example brokenMembers(json, validateFormat('procedure', json)) // → Set { 'fees' }
 */
export function brokenMembers(json: unknown, formatProblems: CatalogProblem[]): Set<string> | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const required = (formatSchema('procedure').required as string[] | undefined) ?? [];
  const broken = new Set<string>();
  for (const p of formatProblems) {
    const top = parsePointer(p.pointer)?.[0];
    if (top !== undefined) broken.add(top);
    else if (p.code === 'format.required')
      for (const key of required.filter((k) => !(k in json))) broken.add(key);
    else return undefined;
  }
  return broken;
}
