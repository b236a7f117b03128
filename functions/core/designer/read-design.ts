/**
 * formToDesign: reads an applicant's form (JSON Schema + uiSchema + prefill) into the designer's
 * model. Conditional fields are read from `if`/`then`/`else` blocks written the way the catalog
 * writes them (a branch only declares new fields and their `required`); any other shape stays
 * verbatim in the original node and is written back as it was.
 */
import { choiceListKey } from '../form/choice-list';
import type { Procedure } from '../types';
import type {
  Choice,
  DesignBlock,
  DesignContainer,
  DesignField,
  DesignPage,
  FormDesign,
  Json,
} from './design-types';
import { kindOf } from './field-kind';
import { isJson } from './json-objects';
import { choicesFromList, readonlyOf } from './schema-spellings';
import { effectiveUi } from './ui-options';

const BRANCH_KEYS = new Set(['properties', 'required', 'if', 'then', 'else']);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function readChoices(node: Json, en: Json | undefined): Choice[] | undefined {
  if (!Array.isArray(node.enum)) return choicesFromList(node);
  const vi = Array.isArray(node['x-enumNames']) ? node['x-enumNames'] : undefined;
  const enNames = en && Array.isArray(en.enumNames) ? en.enumNames : undefined;
  return node.enum.map((value, i) => {
    const c: Choice = { value: value as Choice['value'] };
    if (typeof vi?.[i] === 'string') c.vi = vi[i] as string;
    if (typeof enNames?.[i] === 'string') c.en = enNames[i] as string;
    return c;
  });
}

/** Whether the modelled keys of a node can be written back identically (e.g. x-enumNames of the right length). */
function faithful(node: Json, choices: Choice[] | undefined, en: Json | undefined): boolean {
  const lists: unknown[] = [node['x-enumNames'], en?.enumNames];
  for (const l of lists) {
    if (l === undefined) continue;
    if (!Array.isArray(l) || !choices || l.length !== choices.length || l.some((x) => typeof x !== 'string'))
      return false;
  }
  if (en !== undefined) {
    if (!isJson(en)) return false;
    for (const k of ['title', 'description'] as const)
      if (en[k] !== undefined && typeof en[k] !== 'string') return false;
  }
  for (const k of ['title', 'description', 'format', 'pattern', '$comment'])
    if (node[k] !== undefined && typeof node[k] !== 'string') return false;
  for (const k of [
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minItems',
    'maxItems',
  ])
    if (node[k] !== undefined && typeof node[k] !== 'number') return false;
  for (const k of ['x-notFuture', 'uniqueItems', 'deprecated'])
    if (node[k] !== undefined && typeof node[k] !== 'boolean') return false;
  return true;
}

/** Whether the choice-level ui keys can be read into the choices (else the field stays verbatim). */
function choiceUiFaithful(
  kind: DesignField['kind'],
  node: Json,
  choices: Choice[] | undefined,
  u: Json,
): boolean {
  const names = u['ui:enumNames'];
  // Legacy names: positional strings on a single choice that has no x-enumNames of its own.
  if (
    names !== undefined &&
    (kind !== 'choice' ||
      !choices ||
      node['x-enumNames'] !== undefined ||
      !Array.isArray(names) ||
      names.length !== choices.length ||
      names.some((x) => typeof x !== 'string'))
  )
    return false;
  const off = u['ui:enumDisabled'];
  return (
    off === undefined ||
    ((kind === 'choice' || kind === 'multiChoice') &&
      Array.isArray(off) &&
      off.every((v) => choices?.some((c) => c.value === v)))
  );
}

function readField(key: string, schema: unknown, ui: unknown, where: string, required: boolean): DesignField {
  const s = isJson(schema) ? schema : {};
  const rawUi = isJson(ui) ? ui : undefined;
  // Options nested in `ui:options` are read as their flat twins (and written back nested).
  const eff = effectiveUi(rawUi);
  const u = eff.ui;
  let kind = isJson(schema) ? kindOf(s, u) : 'advanced';
  if (eff.unmodelled) kind = 'advanced';
  // Modelled only for the kinds that have a control; elsewhere they stay verbatim in `raw`.
  if (kind === 'yesNo' && s.const !== undefined && typeof s.const !== 'boolean') kind = 'advanced';
  if (
    kind === 'text' &&
    s.examples !== undefined &&
    (!Array.isArray(s.examples) || s.examples.some((x) => typeof x !== 'string'))
  )
    kind = 'advanced';
  const items = isJson(s.items) ? s.items : undefined;
  const choiceNode = kind === 'multiChoice' && items ? items : s;
  const en = s['x-en'] === undefined ? undefined : (s['x-en'] as Json);
  const choices = readChoices(choiceNode, en);
  // A `oneOf` choice list carries its own labels: names beside it would be lost on writing.
  if (
    choiceListKey(choiceNode) &&
    (choiceNode['x-enumNames'] !== undefined || (isJson(en) && en.enumNames !== undefined))
  )
    kind = 'advanced';
  if (!readonlyOf(s, u).faithful) kind = 'advanced';
  if (
    kind !== 'advanced' &&
    (!faithful(s, kind === 'multiChoice' ? undefined : choices, en) ||
      (items && kind === 'multiChoice' && !faithful(items, choices, undefined)))
  )
    kind = 'advanced';
  if (u) {
    for (const k of [
      'ui:help',
      'ui:help:en',
      'ui:placeholder',
      'ui:widget',
      'ui:autocomplete',
      'ui:deprecatedHandling',
      'ui:title',
      'ui:description',
      'ui:inputType',
      'ui:autocapitalize',
    ])
      if (u[k] !== undefined && typeof u[k] !== 'string') kind = 'advanced';
    if (!choiceUiFaithful(kind, choiceNode, choices, u)) kind = 'advanced';
    if (u['ui:rows'] !== undefined && typeof u['ui:rows'] !== 'number') kind = 'advanced';
    for (const k of [
      'ui:readonly',
      'ui:addable',
      'ui:removable',
      'ui:orderable',
      'ui:copyable',
      'ui:inline',
      'ui:enableMarkdownInDescription',
      'ui:enableMarkdownInHelp',
    ])
      if (u[k] !== undefined && typeof u[k] !== 'boolean') kind = 'advanced';
  }
  const f: DesignField = {
    key,
    readKey: key,
    kind,
    required,
    where,
    raw: { schema: s, ...(rawUi ? { ui: rawUi } : {}) },
  };
  if (!isJson(schema)) {
    f.raw = { value: schema, ...(rawUi ? { ui: rawUi } : {}) };
    return f;
  }
  f.type = s.type;
  f.title = str(s.title);
  f.description = str(s.description);
  f.titleEn = str(en?.title);
  f.descriptionEn = str(en?.description);
  if (kind === 'advanced') return f;
  if (s.default !== undefined) f.default = s.default;
  f.minLength = num(s.minLength);
  f.maxLength = num(s.maxLength);
  f.minimum = num(s.minimum);
  f.maximum = num(s.maximum);
  f.exclusiveMinimum = num(s.exclusiveMinimum);
  f.exclusiveMaximum = num(s.exclusiveMaximum);
  f.multipleOf = num(s.multipleOf);
  f.minItems = num(s.minItems);
  f.maxItems = num(s.maxItems);
  if (typeof s.uniqueItems === 'boolean') f.uniqueItems = s.uniqueItems;
  if (typeof s['x-notFuture'] === 'boolean') f.notFuture = s['x-notFuture'];
  f.format = str(s.format);
  f.pattern = str(s.pattern);
  if (choices) f.choices = choices;
  const legacyNames = u?.['ui:enumNames'];
  if (choices && Array.isArray(legacyNames)) {
    choices.forEach((c, i) => {
      c.vi = legacyNames[i] as string;
    });
    f.enumNamesInUi = true;
  }
  const off = u?.['ui:enumDisabled'];
  if (choices && Array.isArray(off)) for (const c of choices) if (off.includes(c.value)) c.disabled = true;
  f.titleOverride = str(u?.['ui:title']);
  f.descriptionOverride = str(u?.['ui:description']);
  f.inputType = str(u?.['ui:inputType']);
  f.autocapitalize = str(u?.['ui:autocapitalize']);
  if (eff.nested.length > 0) f.inOptions = eff.nested;
  f.hint = str(u?.['ui:help']);
  f.hintEn = str(u?.['ui:help:en']);
  f.placeholder = str(u?.['ui:placeholder']);
  f.rows = num(u?.['ui:rows']);
  f.autocomplete = str(u?.['ui:autocomplete']);
  f.widget = str(u?.['ui:widget']);
  const readonly = readonlyOf(s, u).value;
  if (readonly !== undefined) f.readonly = readonly;
  if (kind === 'yesNo' && typeof s.const === 'boolean') f.constValue = s.const;
  if (kind === 'text' && Array.isArray(s.examples)) f.examples = [...(s.examples as string[])];
  if (typeof s.deprecated === 'boolean') f.deprecated = s.deprecated;
  f.comment = str(s.$comment);
  f.deprecatedHandling = str(u?.['ui:deprecatedHandling']);
  if (typeof u?.['ui:enableMarkdownInDescription'] === 'boolean')
    f.markdownDescription = u['ui:enableMarkdownInDescription'];
  if (typeof u?.['ui:enableMarkdownInHelp'] === 'boolean') f.markdownHint = u['ui:enableMarkdownInHelp'];
  if (kind === 'group')
    for (const k of ['addable', 'removable', 'orderable', 'copyable'] as const)
      if (typeof u?.[`ui:${k}`] === 'boolean') f[k] = u[`ui:${k}`] as boolean;
  if ((kind === 'choice' || kind === 'multiChoice') && typeof u?.['ui:inline'] === 'boolean')
    f.inline = u['ui:inline'];
  if (kind === 'section') f.container = readContainer(s, rawUi);
  if (kind === 'group' && items)
    f.container = readContainer(items, isJson(rawUi?.items) ? rawUi.items : undefined);
  for (const k of Object.keys(f) as (keyof DesignField)[]) if (f[k] === undefined) delete f[k];
  return f;
}

interface Reading {
  fields: DesignField[];
  blocks: DesignBlock[];
  taken: Set<string>;
  ui: Json | undefined;
  nextId: number;
}

/** Reads `then`/`else` of a block, or returns false (the block stays verbatim). Nothing is committed on failure. */
function readBranch(
  node: unknown,
  where: string,
  r: Reading,
): { fields: DesignField[]; blocks: DesignBlock[] } | false {
  if (!isJson(node)) return false;
  if (Object.keys(node).some((k) => !BRANCH_KEYS.has(k))) return false;
  const props = node.properties ?? {};
  if (!isJson(props)) return false;
  const req = node.required ?? [];
  if (!Array.isArray(req) || req.some((n) => typeof n !== 'string' || !Object.hasOwn(props, n))) return false;
  const fields: DesignField[] = [];
  const names = Object.keys(props);
  if (names.some((n) => r.taken.has(n))) return false;
  for (const n of names) r.taken.add(n);
  for (const n of names) fields.push(readField(n, props[n], r.ui?.[n], where, req.includes(n)));
  const blocks: DesignBlock[] = [];
  if (node.if !== undefined) {
    const nested = readBlock(node, where, 'inline', r);
    if (!nested) {
      for (const n of names) r.taken.delete(n);
      return false;
    }
    fields.push(...nested.fields);
    blocks.push(...nested.blocks);
  } else if (node.then !== undefined || node.else !== undefined) return false;
  return { fields, blocks };
}

function readBlock(node: Json, parent: string, slot: 'inline' | 'allOf', r: Reading) {
  if (!isJson(node.if) || !isJson(node.then)) return undefined;
  const id = `b${r.nextId++}`;
  const takenBefore = new Set(r.taken);
  const thenPart = readBranch(node.then, `${id}.then`, r);
  const elsePart =
    node.else === undefined ? { fields: [], blocks: [] } : readBranch(node.else, `${id}.else`, r);
  if (!thenPart || !elsePart) {
    r.taken = takenBefore;
    return undefined;
  }
  const block: DesignBlock = {
    id,
    parent,
    slot,
    when: node.if,
    hasElse: node.else !== undefined,
    // Built from entries: an object literal with `then` reads to linters as a promise.
    raw: Object.fromEntries([
      ['then', node.then],
      ...(isJson(node.else) ? [['else', node.else]] : []),
      ...(slot === 'allOf' ? [['element', node]] : []),
    ]),
  };
  return {
    fields: [...thenPart.fields, ...elsePart.fields],
    blocks: [block, ...thenPart.blocks, ...elsePart.blocks],
  };
}

/** Reads an object schema (the form, a section, a group's item) and its uiSchema node. */
export function readContainer(schema: Json, ui: Json | undefined): DesignContainer {
  const props = isJson(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const r: Reading = { fields: [], blocks: [], taken: new Set(Object.keys(props)), ui, nextId: 1 };
  for (const [k, v] of Object.entries(props))
    r.fields.push(readField(k, v, ui?.[k], '', required.includes(k)));
  const c: DesignContainer = {
    fields: [],
    blocks: [],
    explicitOrder: false,
    raw: { schema, ...(ui ? { ui } : {}) },
  };
  if (schema.if !== undefined || schema.then !== undefined || schema.else !== undefined) {
    const inline = schema.if !== undefined ? readBlock(schema, '', 'inline', r) : undefined;
    if (inline) {
      r.fields.push(...inline.fields);
      r.blocks.push(...inline.blocks);
    } else c.inlineVerbatim = true;
  }
  if (Array.isArray(schema.allOf)) {
    c.allOf = schema.allOf.map((el) => {
      const keys = isJson(el) ? Object.keys(el) : [];
      const blockLike = keys.length > 0 && keys.every((k) => k === 'if' || k === 'then' || k === 'else');
      const read = blockLike ? readBlock(el as Json, '', 'allOf', r) : undefined;
      if (!read) return { verbatim: el };
      r.fields.push(...read.fields);
      r.blocks.push(...read.blocks);
      return read.blocks[0]!.id;
    });
  }
  const order = ui?.['ui:order'];
  let fields = r.fields;
  if (Array.isArray(order) && order.every((o) => typeof o === 'string')) {
    c.explicitOrder = true;
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    fields = fields
      .map((f, seq) => ({ f, seq }))
      .sort((a, b) => rank(a.f.key) - rank(b.f.key) || a.seq - b.seq)
      .map((x) => x.f);
  }
  c.fields = fields;
  c.blocks = r.blocks;
  c.readKeys = fields.map((f) => f.key);
  return c;
}

function readPages(ui: Json | undefined): { pages?: DesignPage[]; verbatim?: boolean } {
  const raw = ui?.['ui:pages'];
  if (raw === undefined) return {};
  if (!Array.isArray(raw)) return { verbatim: true };
  const pages: DesignPage[] = [];
  for (const p of raw) {
    if (!isJson(p) || typeof p.id !== 'string' || !isJson(p.title) || typeof p.title.vi !== 'string')
      return { verbatim: true };
    if (!Array.isArray(p.fields) || p.fields.some((f) => typeof f !== 'string')) return { verbatim: true };
    if (
      Object.keys(p.title).some((k) => k !== 'vi' && k !== 'en') ||
      (p.title.en !== undefined && typeof p.title.en !== 'string')
    )
      return { verbatim: true };
    const title: DesignPage['title'] = { vi: p.title.vi };
    if (typeof p.title.en === 'string') title.en = p.title.en;
    pages.push({ id: p.id, title, fields: [...(p.fields as string[])], raw: p });
  }
  return { pages };
}

/**
 * The field a prefill target points at, through sections and into the first item of a repeating
 * group (`/thanhVien/0/hoTen`: the first member is usually the applicant). Other items stay verbatim.
 */
function fieldAt(root: DesignContainer, tokens: string[]): DesignField | undefined {
  let c: DesignContainer | undefined = root;
  let f: DesignField | undefined;
  for (let i = 0; i < tokens.length; i++) {
    f = c?.fields.find((x) => x.key === tokens[i]);
    if (!f) return undefined;
    if (i === tokens.length - 1) return f;
    if (f.kind === 'section') c = f.container;
    else if (f.kind === 'group' && tokens[i + 1] === '0' && i + 2 < tokens.length) {
      c = f.container;
      i++;
    } else return undefined;
  }
  return f;
}

/** The root's `x-en` is modelled only when its title and description are strings (else kept verbatim). */
export function rootEnFaithful(en: unknown): boolean {
  return (
    isJson(en) &&
    (en.title === undefined || typeof en.title === 'string') &&
    (en.description === undefined || typeof en.description === 'string')
  );
}

export function formToDesign(form: Procedure['form']): FormDesign {
  const raw = form as unknown as Json;
  const schema = isJson(form.schema) ? (form.schema as Json) : {};
  const ui = isJson(form.uiSchema) ? (form.uiSchema as Json) : undefined;
  const root = readContainer(schema, ui);
  const design: FormDesign = { root, otherPrefill: [], raw: { form: raw } };
  if (typeof schema.title === 'string') design.title = schema.title;
  if (typeof schema.description === 'string') design.description = schema.description;
  const en = schema['x-en'];
  if (isJson(en) && rootEnFaithful(en)) {
    if (typeof en.title === 'string') design.titleEn = en.title;
    if (typeof en.description === 'string') design.descriptionEn = en.description;
  }
  const pages = readPages(ui);
  if (pages.pages) design.pages = pages.pages;
  if (pages.verbatim) design.pagesVerbatim = true;
  (form.prefill ?? []).forEach((entry, index) => {
    const e = entry as unknown as Json;
    const target = typeof e.target === 'string' && e.target.startsWith('/') ? e.target : undefined;
    const tokens = target
      ?.slice(1)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const f = tokens ? fieldAt(root, tokens) : undefined;
    const simple =
      typeof e.source === 'string' &&
      typeof e.attribute === 'string' &&
      (e.locked === undefined || typeof e.locked === 'boolean');
    if (f && !f.prefill && simple) {
      f.prefill = {
        source: e.source as string,
        attribute: e.attribute as string,
        locked: e.locked === true,
        raw: e,
        index,
      };
    } else design.otherPrefill.push({ entry, index });
  });
  return design;
}
