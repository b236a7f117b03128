import type { ErrorObject } from 'ajv/dist/2020';
import type { FormSchemaInfo } from '../compile/form-schema';
import { escapeToken } from '../json-pointer';
import { codeForKeyword } from '../messages/error-codes';
import { localizeAjvError } from '../messages/localize-ajv-error';
import type { CoreError, Message } from '../types';

/**
 * A rule's message depends on the schema node, keyword and property, never on the submitted
 * value, so it is built once per form. Keys are Ajv's schemaPath strings (constants of the
 * generated code, so hashing them is cheap) and property names; the instance path matters only
 * for fields without a title (their label is the path), and is then a third level, bounded
 * because array indices come from the submission. Whether an extra property counts as hidden is
 * also fixed by the schema node and name, so it needs no key of its own.
 */
const EXTRA = new Set(['unevaluatedProperties', 'additionalProperties']);
const BRANCHING = new Set(['if', 'anyOf', 'oneOf']);

type Entry = Message | Map<string, Message>;
const messageCache = new WeakMap<FormSchemaInfo, Map<string, Map<string, Entry>>>();
const MAX_PER_RULE = 500;

function cachedMessage(form: FormSchemaInfo, e: ErrorObject, prop: string, hidden: boolean): Message {
  if (e.keyword === 'uniqueItems') return localizeAjvError(e, form.titles, hidden);
  let bySchema = messageCache.get(form);
  if (bySchema === undefined) {
    bySchema = new Map();
    messageCache.set(form, bySchema);
  }
  let byProp = bySchema.get(e.schemaPath);
  if (byProp === undefined) {
    byProp = new Map();
    bySchema.set(e.schemaPath, byProp);
  }
  const entry = byProp.get(prop);
  if (entry instanceof Map) return fromPathMap(entry, form, e, hidden);
  if (entry !== undefined) return entry;
  const message = Object.freeze(localizeAjvError(e, form.titles, hidden));
  if (hasOwnTitle(e, prop)) {
    byProp.set(prop, message);
  } else {
    byProp.set(prop, new Map([[e.instancePath, message]]));
  }
  return message;
}

function fromPathMap(
  byPath: Map<string, Message>,
  form: FormSchemaInfo,
  e: ErrorObject,
  hidden: boolean,
): Message {
  let message = byPath.get(e.instancePath);
  if (message === undefined) {
    message = Object.freeze(localizeAjvError(e, form.titles, hidden));
    if (byPath.size >= MAX_PER_RULE) byPath.clear();
    byPath.set(e.instancePath, message);
  }
  return message;
}

/**
 * True when the field's label comes from the schema: a property's title or name, or the failing
 * node's own title. Otherwise the label is derived from the instance path.
 */
function hasOwnTitle(e: ErrorObject, prop: string): boolean {
  if (prop !== '') return true;
  return typeof (e.parentSchema as { title?: unknown } | undefined)?.title === 'string';
}

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
