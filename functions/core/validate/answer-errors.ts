import type { ErrorObject } from 'ajv/dist/2020';
import type { FormSchemaInfo } from '../compile/form-schema';
import { escapeToken } from '../json-pointer';
import { codeForKeyword } from '../messages/error-codes';
import { localizeAjvError } from '../messages/localize-ajv-error';
import type { CoreError } from '../types';

const EXTRA = new Set(['unevaluatedProperties', 'additionalProperties']);
const BRANCHING = new Set(['if', 'anyOf', 'oneOf']);

/**
 * Turns Ajv's errors on the answers into the catalog's errors, paths under `/answers`.
 *
 * Ajv reports more than a person needs, so: the `if` error that only says "then failed" is
 * dropped (the branch's own errors say why); errors inside an anyOf/oneOf branch are dropped in
 * favour of the one anyOf/oneOf error. An extra property is `answers.hidden` when it is declared
 * in a conditional branch of its object, else `answers.unknown` — except that when a branch of
 * that object failed, JSON Schema drops the branch's annotations and its fields look extra: those
 * are not reported (the branch's failure is).
 */
export function answerErrors(errors: readonly ErrorObject[], form: FormSchemaInfo): CoreError[] {
  const out: CoreError[] = [];
  const branchRoots: string[] = [];
  const failedBranchAt = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') branchRoots.push(`${e.schemaPath}/`);
    if (BRANCHING.has(e.keyword) || e.schemaPath.includes('/dependentSchemas/'))
      failedBranchAt.add(e.instancePath);
  }
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (branchRoots.some((root) => e.schemaPath.startsWith(root))) continue;
    if (EXTRA.has(e.keyword)) {
      const prop = String(
        (e.params as Record<string, unknown>).additionalProperty ??
          (e.params as Record<string, unknown>).unevaluatedProperty,
      );
      const path = `${e.instancePath}/${escapeToken(prop)}`;
      const names = (e.parentSchema && form.conditionalNames.get(e.parentSchema)) || form.allConditionalNames;
      const hidden = names.has(prop);
      if (hidden && failedBranchAt.has(e.instancePath)) continue;
      if (
        errors.some(
          (o) => !EXTRA.has(o.keyword) && (o.instancePath === path || o.instancePath.startsWith(`${path}/`)),
        )
      )
        continue;
      out.push({
        path: `/answers${path}`,
        code: hidden ? 'answers.hidden' : 'answers.unknown',
        message: localizeAjvError(e, form.titles, hidden),
      });
      continue;
    }
    const params = e.params as Record<string, unknown>;
    const missing =
      e.keyword === 'required' || e.keyword === 'dependentRequired' ? params.missingProperty : undefined;
    out.push({
      path: `/answers${e.instancePath}${missing === undefined ? '' : `/${escapeToken(String(missing))}`}`,
      code: codeForKeyword(e.keyword),
      message: localizeAjvError(e, form.titles),
    });
  }
  return out;
}
