/**
 * Two things a form may spell two ways, both read into one control and written back the way they
 * were read: a choice list (`enum` + `x-enumNames`, or the standard `oneOf` / `anyOf` of
 * `{ const, title }`, core/form/choice-list.ts) and "read-only" (`ui:readonly` in the uiSchema, or
 * JSON Schema's own `readOnly`, which react-jsonschema-form honours the same way).
 */
import { choiceListKey, choiceOptions } from '../form/choice-list';
import type { Choice, DesignField, Json } from './design-types';
import { isJson, patch } from './json-objects';

/** The choices of a `oneOf` / `anyOf` choice list, labels as Vietnamese / English names. */
export function choicesFromList(node: Json): Choice[] | undefined {
  const key = choiceListKey(node);
  return key
    ? choiceOptions(node[key])!.map((o) => {
        const c: Choice = { value: o.value };
        if (o.title !== undefined) c.vi = o.title;
        if (o.titleEn !== undefined) c.en = o.titleEn;
        return c;
      })
    : undefined;
}

/**
 * The choice list written in the spelling of `raw` (the node as read): `{ oneOf: […] }` or
 * `{ anyOf: […] }`, each element patched over the read one of the same value; `enum` when `raw`
 * was not a choice list (undefined: the caller writes `enum`).
 */
export function writeChoiceList(raw: Json | undefined, choices: Choice[] | undefined): Json | undefined {
  const key = raw ? choiceListKey(raw) : undefined;
  if (!key) return undefined;
  const read = (raw![key] as Json[]).filter(isJson);
  const list = (choices ?? []).map((c) =>
    patch(
      read.find((el) => el.const === c.value),
      {
        const: c.value,
        title: c.vi,
        'x-en': c.en === undefined ? undefined : { title: c.en },
      },
    ),
  );
  return { [key]: list };
}

/**
 * Read-only as read: `ui:readonly` or `readOnly`. Not faithful (the field stays verbatim) when
 * `readOnly` is not a boolean, or both are written and disagree (the form shows it read-only).
 */
export function readonlyOf(schema: Json, ui: Json | undefined): { value?: boolean; faithful: boolean } {
  const inUi = ui?.['ui:readonly'];
  const inSchema = schema.readOnly;
  if (inSchema !== undefined && typeof inSchema !== 'boolean') return { faithful: false };
  if (typeof inUi === 'boolean' && inSchema !== undefined && inUi !== inSchema) return { faithful: false };
  const value = typeof inUi === 'boolean' ? inUi : (inSchema as boolean | undefined);
  return value === undefined ? { faithful: true } : { value, faithful: true };
}

/** Where "read-only" is written: in the schema when it was read from there, else in the uiSchema. */
export function readonlySchemaPart(f: DesignField): Json {
  return f.raw?.schema && 'readOnly' in f.raw.schema ? { readOnly: f.readonly } : {};
}

export function readonlyUiPart(f: DesignField): Json {
  const inSchema = f.raw?.schema !== undefined && 'readOnly' in f.raw.schema;
  const inUi = f.raw?.ui !== undefined && 'ui:readonly' in f.raw.ui;
  return { 'ui:readonly': inUi || !inSchema ? f.readonly : undefined };
}
