import type { ErrorObject } from 'ajv/dist/2020';
import type { FormSchemaInfo } from '../compile/form-schema';
import { escapeToken } from '../json-pointer';
import { codeForKeyword } from '../messages/error-codes';
import { localizeAjvError } from '../messages/localize-ajv-error';
import type { CoreError, Message } from '../types';

/**
 * A rule's message depends on the schema node, keyword, property and (for untitled fields) the
 * instance path, never on the submitted value, so it is built once per form. Bounded, because
 * array indices in instance paths come from the submission.
 */
const messageCache = new WeakMap<FormSchemaInfo, Map<string, Message>>();
const MAX_CACHED = 2000;

function cachedMessage(form: FormSchemaInfo, e: ErrorObject, prop: string, hidden: boolean): Message {
  let cache = messageCache.get(form);
  if (cache === undefined) {
    cache = new Map();
    messageCache.set(form, cache);
  }
  const uniq =
    e.keyword === 'uniqueItems' ? `${(e.params as { i: number }).i},${(e.params as { j: number }).j}` : '';
  const key = `${e.schemaPath}|${e.instancePath}|${prop}|${hidden ? 1 : 0}|${uniq}`;
  let message = cache.get(key);
  if (message === undefined) {
    message = Object.freeze(localizeAjvError(e, form.titles, hidden));
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, message);
  }
  return message;
}

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
        message: cachedMessage(form, e, prop, hidden),
      });
      continue;
    }
    const params = e.params as Record<string, unknown>;
    const missing =
      e.keyword === 'required' || e.keyword === 'dependentRequired' ? params.missingProperty : undefined;
    out.push({
      path: `/answers${e.instancePath}${missing === undefined ? '' : `/${escapeToken(String(missing))}`}`,
      code: codeForKeyword(e.keyword),
      message: cachedMessage(form, e, missing === undefined ? '' : String(missing), false),
    });
  }
  return out;
}
