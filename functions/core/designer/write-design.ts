/**
 * designToForm: writes the designer's model back as JSON Schema + uiSchema + prefill, the way the
 * catalog writes them: a field shown under a condition lives in the `then` (or `else`) of an
 * `if` block — the object's own `if` first, further blocks as elements of `allOf`. Every object
 * that was read is patched in place, so unknown keys and key order survive a load and save.
 */
import { choiceListKey } from '../form/choice-list';
import type { Procedure } from '../types';
import type { DesignBlock, DesignContainer, DesignField, FormDesign, Json } from './design-types';
import { kindOf, typeFor } from './field-kind';
import { byOriginalOrder, isJson, patch } from './json-objects';
import { rootEnFaithful } from './read-design';
import { readonlySchemaPart, readonlyUiPart, writeChoiceList } from './schema-spellings';
import { effectiveUi, nestOptions } from './ui-options';

/** `{ if, then, else }` built without an object literal's `then` (which linters take for a promise). */
const conditional = (ifPart: unknown, thenPart: unknown, elsePart: unknown): Json =>
  Object.fromEntries([
    ['if', ifPart],
    ['then', thenPart],
    ['else', elsePart],
  ]);

const keysOf = (node: unknown): string[] => (isJson(node) ? Object.keys(node) : []);
const nonEmpty = (o: Json, raw: unknown) => (Object.keys(o).length > 0 || raw !== undefined ? o : undefined);

/** `required` in the original order; removed or moved fields dropped, newly required ones appended. */
function mergeRequired(raw: unknown, fields: DesignField[], readKeys: string[]): string[] | undefined {
  const orig = Array.isArray(raw) ? raw : undefined;
  const out: unknown[] = [];
  for (const name of orig ?? []) {
    const f = fields.find((x) => x.readKey !== undefined && x.readKey === name);
    if (f) {
      if (f.required && !out.includes(f.key)) out.push(f.key);
    } else if (typeof name !== 'string' || !readKeys.includes(name)) out.push(name);
  }
  for (const f of fields) if (f.required && !out.includes(f.key)) out.push(f.key);
  return out.length > 0 || orig ? (out as string[]) : undefined;
}

function propertiesOf(fields: DesignField[], raw: unknown): Json | undefined {
  const ordered = byOriginalOrder(fields, (f) => f.readKey, keysOf(raw));
  const props: Json = {};
  for (const f of ordered) props[f.key] = writeFieldSchema(f);
  return Object.keys(props).length > 0 || raw !== undefined ? props : undefined;
}

function branchObject(c: DesignContainer, b: DesignBlock, which: 'then' | 'else'): Json {
  const where = `${b.id}.${which}`;
  const raw = b.raw?.[which];
  const fields = c.fields.filter((f) => f.where === where);
  const nested = c.blocks.find((x) => x.parent === where);
  return patch(raw, {
    properties: propertiesOf(fields, raw?.properties),
    required: mergeRequired(raw?.required, fields, c.readKeys ?? []),
    ...(nested ? blockParts(c, nested) : conditional(undefined, undefined, undefined)),
  });
}

function blockParts(c: DesignContainer, b: DesignBlock): Json {
  const hasElse = b.hasElse || c.fields.some((f) => f.where === `${b.id}.else`);
  return conditional(b.when, branchObject(c, b, 'then'), hasElse ? branchObject(c, b, 'else') : undefined);
}

/** The keys of an object schema the designer owns: properties, required, its conditional blocks. */
function containerSchemaParts(c: DesignContainer): Json {
  const raw = c.raw?.schema;
  const base = c.fields.filter((f) => f.where === '');
  const parts: Json = {
    properties: propertiesOf(base, raw?.properties),
    required: mergeRequired(raw?.required, base, c.readKeys ?? []),
  };
  if (!c.inlineVerbatim) {
    const inline = c.blocks.find((b) => b.parent === '' && b.slot === 'inline');
    Object.assign(parts, inline ? blockParts(c, inline) : conditional(undefined, undefined, undefined));
  }
  const topAllOf = c.blocks.filter((b) => b.parent === '' && b.slot === 'allOf');
  const listed = new Set((c.allOf ?? []).filter((x): x is string => typeof x === 'string'));
  const allOf: unknown[] = [];
  for (const entry of c.allOf ?? []) {
    if (typeof entry !== 'string') allOf.push(entry.verbatim);
    else {
      const b = topAllOf.find((x) => x.id === entry);
      if (b) allOf.push(patch(b.raw?.element, blockParts(c, b)));
    }
  }
  for (const b of topAllOf) if (!listed.has(b.id)) allOf.push(blockParts(c, b));
  parts.allOf = allOf.length > 0 || raw?.allOf !== undefined ? allOf : undefined;
  return parts;
}

/** Values of the choices that cannot be picked; the stored list as it was while it means the same. */
function disabledValues(f: DesignField): unknown[] | undefined {
  const values = (f.choices ?? []).filter((c) => c.disabled).map((c) => c.value);
  if (values.length === 0) return undefined;
  const raw = f.raw?.ui ? effectiveUi(f.raw.ui).ui?.['ui:enumDisabled'] : undefined;
  const same = Array.isArray(raw) && raw.length === values.length && values.every((v) => raw.includes(v));
  return same ? raw : values;
}

function enumNames(f: DesignField, lang: 'vi' | 'en'): string[] | undefined {
  if (!f.choices?.some((c) => c[lang] !== undefined)) return undefined;
  return f.choices.map((c) => c[lang] ?? String(c.value));
}

/** Suggestions as typed one a line: blank lines (e.g. the one being started) are not written. */
function suggestions(list: string[] | undefined): string[] | undefined {
  if (!list?.some((x) => x.trim() === '')) return list;
  const kept = list.filter((x) => x.trim() !== '');
  return kept.length > 0 ? kept : undefined;
}

/** Whether the field is `kind` now or was read as it (so a kind-specific key is cleared on a change). */
function kindNowOrRead(f: DesignField): (kind: DesignField['kind']) => boolean {
  const read = f.raw?.schema ? kindOf(f.raw.schema, effectiveUi(f.raw.ui).ui) : undefined;
  return (kind) => f.kind === kind || read === kind;
}

/**
 * What each field object was written as. A field's schema and uiSchema depend on that object
 * alone, and edits never change a field in place (design-edits.ts makes a new one), so a form
 * written again after one field changed reuses the other fields' parts: on a 100-field form a
 * keystroke in a label rewrites one field, and the rest of the form keeps its objects.
 */
const writtenSchemas = new WeakMap<DesignField, unknown>();
const writtenUis = new WeakMap<DesignField, Json | undefined>();

/** The field's JSON Schema (the same object for the same field object: do not change it). */
export function writeFieldSchema(f: DesignField): unknown {
  if (writtenSchemas.has(f)) return writtenSchemas.get(f);
  const written = fieldSchema(f);
  writtenSchemas.set(f, written);
  return written;
}

function fieldSchema(f: DesignField): unknown {
  if (f.kind === 'advanced') return f.raw && 'value' in f.raw ? f.raw.value : (f.raw?.schema ?? {});
  const raw = f.raw?.schema;
  const has = kindNowOrRead(f);
  const rawEn = isJson(raw?.['x-en']) ? (raw['x-en'] as Json) : undefined;
  const values = f.choices?.map((c) => c.value);
  const choice = f.kind === 'choice';
  const rawItems = isJson(raw?.items) ? (raw.items as Json) : undefined;
  // A choice list read as `oneOf` / `anyOf` is written so again (labels inside), else as `enum`.
  const listed = choice ? writeChoiceList(raw, f.choices) : undefined;
  const listedItems = f.kind === 'multiChoice' ? writeChoiceList(rawItems, f.choices) : undefined;
  const rawList = raw && has('choice') ? choiceListKey(raw) : undefined;
  const en = patch(rawEn, {
    title: f.titleEn,
    description: f.descriptionEn,
    enumNames: listed || listedItems ? undefined : enumNames(f, 'en'),
  });
  let items: unknown;
  if (f.kind === 'multiChoice')
    items = patch(rawItems, {
      type: rawItems ? rawItems.type : 'string',
      ...(listedItems ?? { enum: values ?? [], 'x-enumNames': enumNames(f, 'vi') }),
    });
  else if (f.kind === 'group' && f.container)
    items = patch(rawItems, {
      type: rawItems ? rawItems.type : 'object',
      ...containerSchemaParts(f.container),
    });
  return patch(raw, {
    type: typeFor(f.kind, f.type),
    title: f.title,
    description: f.description,
    'x-en': nonEmpty(en, rawEn),
    default: f.default,
    format: f.format,
    pattern: f.pattern,
    minLength: f.minLength,
    maxLength: f.maxLength,
    minimum: f.minimum,
    maximum: f.maximum,
    exclusiveMinimum: f.exclusiveMinimum,
    exclusiveMaximum: f.exclusiveMaximum,
    multipleOf: f.multipleOf,
    'x-notFuture': f.notFuture,
    ...(rawList && !listed ? { [rawList]: undefined } : {}),
    ...(listed ?? {
      enum: choice ? (values ?? []) : undefined,
      'x-enumNames': choice && !f.enumNamesInUi ? enumNames(f, 'vi') : undefined,
    }),
    items,
    minItems: f.minItems,
    maxItems: f.maxItems,
    uniqueItems: f.uniqueItems,
    deprecated: f.deprecated,
    $comment: f.comment,
    ...readonlySchemaPart(f),
    // Modelled for one kind: written (or cleared) when the field is, or was read as, that kind.
    ...(has('yesNo') ? { const: f.kind === 'yesNo' ? f.constValue : undefined } : {}),
    ...(has('text') ? { examples: f.kind === 'text' ? suggestions(f.examples) : undefined } : {}),
    ...(f.kind === 'section' && f.container ? containerSchemaParts(f.container) : {}),
  });
}

/** The uiSchema entries an object owns: one per field it has (or had) and `ui:order`. */
function containerUiParts(c: DesignContainer): Json {
  const parts: Json = {};
  for (const k of c.readKeys ?? []) parts[k] = undefined;
  for (const f of c.fields) parts[f.key] = writeFieldUi(f);
  if (c.explicitOrder) {
    const keys = c.fields.map((f) => f.key);
    const rawOrder = c.raw?.ui?.['ui:order'];
    const kept = Array.isArray(rawOrder) ? rawOrder.filter((k) => keys.includes(k as string)) : undefined;
    parts['ui:order'] =
      kept &&
      kept.length === keys.length &&
      kept.every((k, i) => k === keys[i]) &&
      (rawOrder as unknown[]).length === keys.length
        ? rawOrder
        : keys;
  } else parts['ui:order'] = undefined;
  return parts;
}

function writeFieldUi(f: DesignField): Json | undefined {
  if (writtenUis.has(f)) return writtenUis.get(f);
  const written = fieldUi(f);
  writtenUis.set(f, written);
  return written;
}

function fieldUi(f: DesignField): Json | undefined {
  if (f.kind === 'advanced') return f.raw?.ui;
  const raw = f.raw?.ui;
  const has = kindNowOrRead(f);
  const parts: Json = {
    'ui:help': f.hint,
    'ui:help:en': f.hintEn,
    'ui:placeholder': f.placeholder,
    'ui:rows': f.rows,
    'ui:autocomplete': f.autocomplete,
    'ui:widget': f.widget,
    ...readonlyUiPart(f),
    'ui:deprecatedHandling': f.deprecatedHandling,
    'ui:enableMarkdownInDescription': f.markdownDescription,
    'ui:enableMarkdownInHelp': f.markdownHint,
    'ui:title': f.titleOverride,
    'ui:description': f.descriptionOverride,
    'ui:inputType': f.inputType,
    'ui:autocapitalize': f.autocapitalize,
    ...(has('group')
      ? {
          'ui:addable': f.addable,
          'ui:removable': f.removable,
          'ui:orderable': f.orderable,
          'ui:copyable': f.copyable,
        }
      : {}),
    ...(has('choice') || has('multiChoice')
      ? {
          'ui:inline': f.inline,
          'ui:enumDisabled': disabledValues(f),
          // Legacy Vietnamese names stay where they were read (a new name goes to x-enumNames).
          'ui:enumNames': f.enumNamesInUi && f.kind === 'choice' ? enumNames(f, 'vi') : undefined,
        }
      : {}),
  };
  nestOptions(raw, parts, f.inOptions);
  if (f.kind === 'section' && f.container) Object.assign(parts, containerUiParts(f.container));
  if (f.kind === 'group' && f.container) {
    const rawItems = f.container.raw?.ui;
    parts.items = nonEmpty(patch(rawItems, containerUiParts(f.container)), rawItems);
  }
  return nonEmpty(patch(raw, parts), raw);
}

const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

function prefillList(design: FormDesign): unknown[] {
  const entries: { index: number; seq: number; value: unknown }[] = [];
  const visit = (c: DesignContainer, prefix: string) => {
    for (const f of c.fields) {
      const target = `${prefix}/${escapeToken(f.key)}`;
      if (f.prefill) {
        const raw = f.prefill.raw;
        const lockedKept = raw !== undefined && Object.hasOwn(raw, 'locked');
        entries.push({
          index: f.prefill.index ?? Number.MAX_SAFE_INTEGER,
          seq: entries.length,
          value: patch(raw, {
            target,
            source: f.prefill.source,
            attribute: f.prefill.attribute,
            locked: f.prefill.locked ? true : lockedKept ? false : undefined,
          }),
        });
      }
      if (f.kind === 'section' && f.container) visit(f.container, target);
      if (f.kind === 'group' && f.container) visit(f.container, `${target}/0`);
    }
  };
  visit(design.root, '');
  for (const o of design.otherPrefill) entries.push({ index: o.index, seq: entries.length, value: o.entry });
  return entries.sort((a, b) => a.index - b.index || a.seq - b.seq).map((e) => e.value);
}

export function designToForm(design: FormDesign): Procedure['form'] {
  const rawForm = design.raw?.form;
  const rawSchema = design.root.raw?.schema;
  const rawEn = rawSchema?.['x-en'];
  const en =
    rawEn === undefined || rootEnFaithful(rawEn)
      ? nonEmpty(
          patch(rawEn as Json | undefined, { title: design.titleEn, description: design.descriptionEn }),
          rawEn,
        )
      : rawEn;
  const schema = patch(rawSchema, {
    type: rawSchema ? rawSchema.type : 'object',
    title: design.title,
    description: design.description,
    'x-en': en,
    ...containerSchemaParts(design.root),
  });
  const rawUi = design.root.raw?.ui;
  const uiParts = containerUiParts(design.root);
  if (!design.pagesVerbatim)
    uiParts['ui:pages'] = design.pages?.map((p) =>
      patch(p.raw, {
        id: p.id,
        title: patch(isJson(p.raw?.title) ? p.raw.title : undefined, { vi: p.title.vi, en: p.title.en }),
        fields: p.fields,
      }),
    );
  const uiSchema = patch(rawUi, uiParts);
  const prefill = prefillList(design);
  return patch(rawForm, {
    schema,
    uiSchema: Object.keys(uiSchema).length > 0 || rawForm?.uiSchema !== undefined ? uiSchema : undefined,
    prefill: prefill.length > 0 || rawForm?.prefill !== undefined ? prefill : undefined,
  }) as unknown as Procedure['form'];
}
