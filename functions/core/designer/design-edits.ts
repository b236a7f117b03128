/**
 * Pure edits of a form design: every function returns a new design and leaves the given one as
 * it was (the UI keeps history and compares). A design may share unchanged parts with the one it
 * was made from (updateField does), so no edit mutates an object it did not create. Fields are
 * addressed by their key path from the form: `['nguoiYeuCau', 'hoTen']` is the field hoTen of the
 * section nguoiYeuCau.
 */
import type { DesignContainer, DesignField, FieldKind, FormDesign, Json } from './design-types';
import { typeFor } from './field-kind';
import { clone } from './json-objects';
import { dropEmptyBlocks, placeUnder } from './show-when';

export type FieldPath = string[];

function copy(design: FormDesign): FormDesign {
  return clone(design);
}

/** The container that holds the fields of `path` (a section's or group's own fields; [] = the form). */
export function containerAt(design: FormDesign, path: FieldPath): DesignContainer | undefined {
  let c: DesignContainer | undefined = design.root;
  for (const key of path) {
    const f: DesignField | undefined = c?.fields.find((x) => x.key === key);
    c = f?.container;
  }
  return c;
}

export function fieldAt(design: FormDesign, path: FieldPath): DesignField | undefined {
  return containerAt(design, path.slice(0, -1))?.fields.find((f) => f.key === path[path.length - 1]);
}

/** A property name not yet used in the container: `hoTen`, `hoTen2`, `hoTen3`… */
export function uniqueKey(c: DesignContainer, base: string): string {
  const taken = new Set(c.fields.map((f) => f.key));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** Forgets where a field was read from, so it is written as a new one (duplicates). */
function asNew(f: DesignField): DesignField {
  const out: DesignField = { ...f };
  delete out.readKey;
  delete out.prefill;
  if (out.container)
    out.container = { ...out.container, fields: out.container.fields.map(asNew), readKeys: [] };
  return out;
}

export function addField(
  design: FormDesign,
  parent: FieldPath,
  field: DesignField,
  index?: number,
): FormDesign {
  const next = copy(design);
  const c = containerAt(next, parent);
  if (!c) return design;
  const f: DesignField = { ...clone(field), key: uniqueKey(c, field.key), where: '' };
  const at = index === undefined ? c.fields.length : Math.max(0, Math.min(index, c.fields.length));
  c.fields.splice(at, 0, f);
  // Without ui:order a conditional field shows after the others: name the order once it matters.
  if (at !== c.fields.length - 1 || c.fields.some((x) => x.where !== '')) c.explicitOrder = true;
  return next;
}

export function removeField(design: FormDesign, path: FieldPath): FormDesign {
  const next = copy(design);
  const c = containerAt(next, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!c) return design;
  c.fields = c.fields.filter((f) => f.key !== key);
  dropEmptyBlocks(c);
  if (path.length === 1 && next.pages)
    for (const p of next.pages) p.fields = p.fields.filter((k) => k !== key);
  return next;
}

export function duplicateField(design: FormDesign, path: FieldPath): FormDesign {
  const next = copy(design);
  const c = containerAt(next, path.slice(0, -1));
  const index = c?.fields.findIndex((f) => f.key === path[path.length - 1]) ?? -1;
  if (!c || index < 0) return design;
  const original = c.fields[index]!;
  const dup = asNew(clone(original));
  dup.key = uniqueKey(c, original.key);
  c.fields.splice(index + 1, 0, dup);
  c.explicitOrder = true;
  if (path.length === 1 && next.pages) {
    const page = next.pages.find((p) => p.fields.includes(original.key));
    if (page) page.fields.splice(page.fields.indexOf(original.key) + 1, 0, dup.key);
  }
  return next;
}

/** Moves a field within its container (display order, written as `ui:order`). */
export function moveField(design: FormDesign, parent: FieldPath, from: number, to: number): FormDesign {
  const next = copy(design);
  const c = containerAt(next, parent);
  if (!c || from < 0 || from >= c.fields.length || to < 0 || to >= c.fields.length || from === to)
    return design;
  const [f] = c.fields.splice(from, 1);
  c.fields.splice(to, 0, f!);
  c.explicitOrder = true;
  if (parent.length === 0 && next.pages) {
    // Keep each page's list in the new display order.
    const order = c.fields.map((x) => x.key);
    for (const p of next.pages) p.fields.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return next;
}

/**
 * `c` with the field at `path` (from `c`) replaced by `edit(field)`; undefined when there is no
 * such field. Only the containers and fields on the way are new objects: every other field keeps
 * its identity, so what is derived from it (its written schema, its row in the list) is reused.
 */
function replaceField(
  c: DesignContainer,
  path: FieldPath,
  edit: (f: DesignField) => DesignField,
): DesignContainer | undefined {
  const [key, ...rest] = path;
  const index = c.fields.findIndex((x) => x.key === key);
  const f = c.fields[index];
  if (!f) return undefined;
  let changed: DesignField;
  if (rest.length === 0) changed = edit(f);
  else {
    const inner = f.container && replaceField(f.container, rest, edit);
    if (!inner) return undefined;
    changed = { ...f, container: inner };
  }
  const fields = [...c.fields];
  fields[index] = changed;
  return { ...c, fields };
}

/**
 * Replaces some properties of a field. A new key is checked by validateDesign (duplicates are
 * reported, not refused here). The one field changes; the rest of the design is shared with
 * `design` (typing in a label must not copy a 100-field form per keystroke).
 */
export function updateField(design: FormDesign, path: FieldPath, changes: Partial<DesignField>): FormDesign {
  const oldKey = fieldAt(design, path)?.key;
  const root = replaceField(design.root, path, (f) => {
    const out: DesignField = { ...f, ...clone(changes) };
    for (const k of Object.keys(changes) as (keyof DesignField)[])
      if (changes[k] === undefined) delete out[k];
    return out;
  });
  if (!root) return design;
  const next: FormDesign = { ...design, root };
  if (changes.key !== undefined && changes.key !== oldKey && path.length === 1 && design.pages)
    next.pages = design.pages.map((p) => ({
      ...p,
      fields: p.fields.map((k) => (k === oldKey ? changes.key! : k)),
    }));
  return next;
}

/** What each kind keeps when a field changes kind; the rest is cleared so no stale limit is written. */
const KEEP: Record<FieldKind, (keyof DesignField)[]> = {
  text: [
    'minLength',
    'maxLength',
    'format',
    'pattern',
    'placeholder',
    'autocomplete',
    'examples',
    'inputType',
    'autocapitalize',
  ],
  longText: ['minLength', 'maxLength', 'placeholder', 'rows', 'autocapitalize'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'placeholder'],
  date: ['notFuture'],
  choice: ['choices', 'inline'],
  multiChoice: ['choices', 'minItems', 'maxItems', 'uniqueItems', 'inline'],
  yesNo: ['constValue'],
  email: ['maxLength', 'placeholder', 'autocomplete'],
  section: ['container'],
  group: ['container', 'minItems', 'maxItems', 'addable', 'removable', 'orderable', 'copyable'],
  advanced: [],
};
const KIND_SPECIFIC: (keyof DesignField)[] = [
  'minLength',
  'maxLength',
  'format',
  'pattern',
  'placeholder',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'rows',
  'autocomplete',
  'inputType',
  'autocapitalize',
  'constValue',
  'examples',
  'addable',
  'removable',
  'orderable',
  'copyable',
  'inline',
  'notFuture',
  'choices',
  'minItems',
  'maxItems',
  'uniqueItems',
  'container',
  'default',
  'widget',
];

export function changeKind(design: FormDesign, path: FieldPath, kind: FieldKind): FormDesign {
  const f = fieldAt(design, path);
  if (!f || f.kind === kind || kind === 'advanced' || f.kind === 'advanced') return design;
  const changes: Partial<DesignField> = {
    kind,
    type: typeFor(kind, kind === 'choice' ? 'string' : undefined),
  };
  for (const k of KIND_SPECIFIC)
    if (!KEEP[kind].includes(k)) (changes as Record<string, unknown>)[k] = undefined;
  if (kind === 'date') changes.format = 'date';
  if (kind === 'email') changes.format = 'email';
  if (kind === 'longText') changes.widget = 'textarea';
  if ((kind === 'choice' || kind === 'multiChoice') && !f.choices)
    changes.choices = [{ value: 'Lựa chọn 1' }, { value: 'Lựa chọn 2' }];
  if ((kind === 'section' || kind === 'group') && !f.container)
    changes.container = { fields: [], blocks: [], explicitOrder: false };
  return updateField(design, path, changes);
}

export function setShowWhen(design: FormDesign, path: FieldPath, condition: Json | undefined): FormDesign {
  const next = copy(design);
  const c = containerAt(next, path.slice(0, -1));
  const f = c?.fields.find((x) => x.key === path[path.length - 1]);
  if (!c || !f) return design;
  placeUnder(c, f, condition);
  c.explicitOrder = true;
  return next;
}

// ---------------------------------------------------------------------------------------------
// pages (contract 1: `ui:pages` at the root of the uiSchema)

/** The page a top-level field is on: the one listing it, else the last page. */
export function pageOf(design: FormDesign, key: string): string | undefined {
  const pages = design.pages ?? [];
  return (pages.find((p) => p.fields.includes(key)) ?? pages[pages.length - 1])?.id;
}

export function addPage(design: FormDesign, title: { vi: string; en?: string }): FormDesign {
  const next = copy(design);
  const pages = next.pages ?? [];
  const taken = new Set(pages.map((p) => p.id));
  let n = pages.length + 1;
  while (taken.has(`trang-${n}`)) n++;
  if (pages.length === 0) {
    // The first page lists every field so far: they are on it either way.
    pages.push({ id: `trang-${n}`, title, fields: next.root.fields.map((f) => f.key) });
  } else pages.push({ id: `trang-${n}`, title, fields: [] });
  next.pages = pages;
  return next;
}

export function renamePage(design: FormDesign, id: string, title: { vi: string; en?: string }): FormDesign {
  const next = copy(design);
  const page = next.pages?.find((p) => p.id === id);
  if (!page) return design;
  page.title = title;
  return next;
}

export function removePage(design: FormDesign, id: string): FormDesign {
  const next = copy(design);
  if (!next.pages) return design;
  const index = next.pages.findIndex((p) => p.id === id);
  if (index < 0) return design;
  const [gone] = next.pages.splice(index, 1);
  // Its fields go to the page before it (or the next one): nothing is left without a page by accident.
  const target = next.pages[Math.max(0, index - 1)];
  if (target && gone) target.fields.push(...gone.fields);
  if (next.pages.length === 0) delete next.pages;
  return next;
}

export function moveFieldToPage(design: FormDesign, key: string, pageId: string): FormDesign {
  const next = copy(design);
  if (!next.pages?.some((p) => p.id === pageId)) return design;
  const order = next.root.fields.map((f) => f.key);
  for (const p of next.pages) {
    p.fields = p.fields.filter((k) => k !== key);
    if (p.id === pageId) p.fields = [...p.fields, key].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return next;
}

export function setPrefill(
  design: FormDesign,
  path: FieldPath,
  prefill: DesignField['prefill'] | undefined,
): FormDesign {
  const f = fieldAt(design, path);
  if (!f) return design;
  return updateField(design, path, { prefill: prefill ? { ...f.prefill, ...prefill } : undefined });
}
