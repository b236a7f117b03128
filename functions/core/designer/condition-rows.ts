/**
 * Conditions as rows: the mapping between the format's condition language (a JSON Schema used
 * as a predicate over the answers plus derived facts, see catalogs/README.md) and what an
 * officer edits — "<field> <operator> <value>" rows joined by "all" or "any".
 *
 * Only the shapes the catalog itself writes are shown as rows. Anything else is "advanced": the
 * editor shows it read-only and writes it back untouched. To be sure nothing is ever changed by
 * merely opening a condition, a parsed condition is rebuilt from its rows and must deep-equal
 * the original; if not, it is advanced.
 */
import { choiceListKey, choiceOptions } from '../form/choice-list';
import type { Message, Procedure } from '../types';

export type ConditionOperator =
  | 'is'
  | 'isNot'
  | 'oneOf'
  | 'greaterThan'
  | 'lessThan'
  | 'atLeast'
  | 'atMost'
  | 'empty'
  | 'notEmpty';

/** One row. `field` is a JSON pointer into the subject (answers + derived facts), e.g. `/nguoiCoSuKien/quanHe`. */
export interface ConditionRow {
  field: string;
  operator: ConditionOperator;
  /** is / isNot: a scalar; oneOf: an array; greater/less/at least/at most: a number; empty / notEmpty: none. */
  value?: unknown;
}

export type ConditionMode = 'all' | 'any';

export type ConditionRows = { mode: ConditionMode; rows: ConditionRow[] } | { advanced: true };

export type ConditionFieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'enum';

/** Something a condition can test: an answer field (possibly inside a section) or a derived fact. */
export interface ConditionField {
  pointer: string;
  label: Message;
  type: ConditionFieldType;
  /** For `enum` fields: the stored values, and the labels to show (parallel). */
  values?: unknown[];
  valueLabels?: Message[];
  origin: 'answer' | 'derived';
}

/** Operators offered for a field of this type (dates and text cannot be compared by size in the condition language). */
export function operatorsFor(type: ConditionFieldType): ConditionOperator[] {
  switch (type) {
    case 'number':
    case 'integer':
      return ['is', 'isNot', 'greaterThan', 'lessThan', 'atLeast', 'atMost', 'empty', 'notEmpty'];
    case 'boolean':
      return ['is', 'empty', 'notEmpty'];
    case 'enum':
      return ['is', 'isNot', 'oneOf', 'empty', 'notEmpty'];
    default:
      return ['is', 'isNot', 'oneOf', 'empty', 'notEmpty'];
  }
}

export const operatorLabels: Record<ConditionOperator, Message> = {
  is: { vi: 'là', en: 'is' },
  isNot: { vi: 'không là', en: 'is not' },
  oneOf: { vi: 'là một trong', en: 'is one of' },
  greaterThan: { vi: 'lớn hơn', en: 'greater than' },
  lessThan: { vi: 'nhỏ hơn', en: 'less than' },
  atLeast: { vi: 'từ (lớn hơn hoặc bằng)', en: 'at least' },
  atMost: { vi: 'đến (nhỏ hơn hoặc bằng)', en: 'at most' },
  empty: { vi: 'để trống', en: 'is empty' },
  notEmpty: { vi: 'không để trống', en: 'is not empty' },
};

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON values, key order included (conditions are stored as JSON text). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeSegment = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

export function pointerOf(segments: string[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join('');
}

export function segmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment);
}

// ---------------------------------------------------------------------------------------------
// rows → condition

/** The predicate on the field's own value, placed at the innermost `properties`. */
function leafSchema(row: ConditionRow): Json | undefined {
  switch (row.operator) {
    case 'is':
      return { const: row.value };
    case 'isNot':
      return { not: { const: row.value } };
    case 'oneOf':
      return { enum: Array.isArray(row.value) ? row.value : [] };
    case 'greaterThan':
      return { exclusiveMinimum: row.value };
    case 'lessThan':
      return { exclusiveMaximum: row.value };
    case 'atLeast':
      return { minimum: row.value };
    case 'atMost':
      return { maximum: row.value };
    default:
      return undefined;
  }
}

/**
 * One row as the catalog writes it: `{ properties: { a: { properties: { b: {…} }, required: ["b"] } }, required: ["a"] }`.
 * "empty" is `{ not: { required: [b] } }` at the innermost object, and does not require the parents
 * (an absent section has every field empty).
 */
export function rowToCondition(row: ConditionRow): Json {
  const segments = segmentsOf(row.field);
  const last = segments[segments.length - 1] ?? '';
  const parents = segments.slice(0, -1);
  let inner: Json;
  if (row.operator === 'empty') inner = { not: { required: [last] } };
  else if (row.operator === 'notEmpty') inner = { required: [last] };
  else inner = { properties: { [last]: leafSchema(row) }, required: [last] };
  const requireParents = row.operator !== 'empty';
  for (let i = parents.length - 1; i >= 0; i--) {
    const name = parents[i] as string;
    inner = requireParents
      ? { properties: { [name]: inner }, required: [name] }
      : { properties: { [name]: inner } };
  }
  return inner;
}

/** Whether a row has everything its operator needs (a half-filled row is left out of the condition). */
export function rowComplete(row: ConditionRow): boolean {
  if (row.field === '' || row.field === undefined) return false;
  if (row.operator === 'empty' || row.operator === 'notEmpty') return true;
  if (row.operator === 'oneOf') return Array.isArray(row.value) && row.value.length > 0;
  if (['greaterThan', 'lessThan', 'atLeast', 'atMost'].includes(row.operator))
    return typeof row.value === 'number' && Number.isFinite(row.value);
  return row.value !== undefined && row.value !== '';
}

/** Rows → a condition. No complete row = undefined (always holds). One row is written bare, several under allOf/anyOf. */
export function rowsToCondition(mode: ConditionMode, rows: ConditionRow[]): Json | undefined {
  const parts = rows.filter(rowComplete).map(rowToCondition);
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && mode === 'all') return parts[0];
  return mode === 'all' ? { allOf: parts } : { anyOf: parts };
}

// ---------------------------------------------------------------------------------------------
// condition → rows

function parseLeaf(schema: unknown): Pick<ConditionRow, 'operator' | 'value'> | undefined {
  if (!isObject(schema)) return undefined;
  const keys = Object.keys(schema);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const v = schema[key];
  switch (key) {
    case 'const':
      return { operator: 'is', value: v };
    case 'enum':
      return Array.isArray(v) ? { operator: 'oneOf', value: v } : undefined;
    case 'not':
      return isObject(v) && Object.keys(v).length === 1 && 'const' in v
        ? { operator: 'isNot', value: v.const }
        : undefined;
    case 'exclusiveMinimum':
      return { operator: 'greaterThan', value: v };
    case 'exclusiveMaximum':
      return { operator: 'lessThan', value: v };
    case 'minimum':
      return { operator: 'atLeast', value: v };
    case 'maximum':
      return { operator: 'atMost', value: v };
    default:
      return undefined;
  }
}

/** Reads one row out of a schema, by its shape; the caller checks the round trip. */
function parseRow(schema: unknown, path: string[] = []): ConditionRow | undefined {
  if (!isObject(schema)) return undefined;
  if ('not' in schema) {
    const not = schema.not;
    if (isObject(not) && Array.isArray(not.required) && not.required.length === 1)
      return { field: pointerOf([...path, String(not.required[0])]), operator: 'empty' };
    return undefined;
  }
  const props = schema.properties;
  if (props === undefined) {
    const req = schema.required;
    if (Array.isArray(req) && req.length === 1)
      return { field: pointerOf([...path, String(req[0])]), operator: 'notEmpty' };
    return undefined;
  }
  if (!isObject(props)) return undefined;
  const names = Object.keys(props);
  if (names.length !== 1) return undefined;
  const name = names[0] as string;
  const leaf = parseLeaf(props[name]);
  if (leaf) return { field: pointerOf([...path, name]), ...leaf };
  return parseRow(props[name], [...path, name]);
}

/** A condition → rows, or `{ advanced: true }` when it is not exactly what the rows would write. */
export function conditionToRows(condition: Record<string, unknown> | undefined): ConditionRows {
  if (condition === undefined) return { mode: 'all', rows: [] };
  let parsed: { mode: ConditionMode; rows: ConditionRow[] } | undefined;
  const keys = Object.keys(condition);
  const list = keys.length === 1 ? (condition.allOf ?? condition.anyOf) : undefined;
  if (Array.isArray(list)) {
    const rows = list.map((part) => parseRow(part));
    if (rows.every((r): r is ConditionRow => r !== undefined))
      parsed = { mode: keys[0] === 'anyOf' ? 'any' : 'all', rows };
  } else {
    const row = parseRow(condition);
    if (row) parsed = { mode: 'all', rows: [row] };
  }
  if (!parsed?.rows.every(rowComplete)) return { advanced: true };
  // E.g. an allOf of one row would be rewritten bare: anything not written back identically stays advanced.
  if (!sameJson(rowsToCondition(parsed.mode, parsed.rows), condition)) return { advanced: true };
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// what a condition can test

const derivedTypes: Record<string, ConditionFieldType> = {
  'days-between': 'integer',
  count: 'integer',
  channel: 'enum',
};

const channelLabels: Message[] = [
  { vi: 'Trực tiếp', en: 'In person' },
  { vi: 'Trực tuyến', en: 'Online' },
  { vi: 'Bưu chính', en: 'Postal' },
];

function label(schema: Json, fallback: string): Message {
  const vi = typeof schema.title === 'string' ? schema.title : fallback;
  const en = isObject(schema['x-en']) && typeof schema['x-en'].title === 'string' ? schema['x-en'].title : vi;
  return { vi, en };
}

function fieldType(schema: Json): ConditionFieldType | undefined {
  if (Array.isArray(schema.enum) || choiceListKey(schema)) return 'enum';
  switch (schema.type) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'string':
      return schema.format === 'date' ? 'date' : 'string';
    default:
      return undefined;
  }
}

function enumLabels(schema: Json): Message[] {
  const values = schema.enum as unknown[];
  const vi = Array.isArray(schema['x-enumNames']) ? (schema['x-enumNames'] as unknown[]) : undefined;
  const en =
    isObject(schema['x-en']) && Array.isArray(schema['x-en'].enumNames)
      ? (schema['x-en'].enumNames as unknown[])
      : undefined;
  return values.map((v, i) => {
    const viText = typeof vi?.[i] === 'string' ? (vi[i] as string) : String(v);
    return { vi: viText, en: typeof en?.[i] === 'string' ? (en[i] as string) : viText };
  });
}

/** Walks an object schema, its sections and the branches of if/then/else, collecting leaf fields. */
function collect(
  schema: unknown,
  path: string[],
  parents: Message[],
  out: ConditionField[],
  seen: Set<string>,
): void {
  if (!isObject(schema)) return;
  const props = schema.properties;
  if (isObject(props)) {
    for (const [name, child] of Object.entries(props)) {
      if (!isObject(child)) continue;
      const here = [...path, name];
      const lbl = label(child, name);
      if (child.type === 'object') {
        collect(child, here, [...parents, lbl], out, seen);
        continue;
      }
      const type = fieldType(child);
      const pointer = pointerOf(here);
      if (!type || seen.has(pointer)) continue;
      seen.add(pointer);
      const full: Message = {
        vi: [...parents.map((p) => p.vi), lbl.vi].join(' › '),
        en: [...parents.map((p) => p.en), lbl.en].join(' › '),
      };
      const field: ConditionField = { pointer, label: full, type, origin: 'answer' };
      const list = choiceListKey(child);
      if (list) {
        // A labelled choice list (`oneOf` of `{ const, title }`): its titles are the labels.
        const options = choiceOptions(child[list])!;
        field.values = options.map((o) => o.value);
        field.valueLabels = options.map((o) => ({
          vi: o.title ?? String(o.value),
          en: o.titleEn ?? o.title ?? String(o.value),
        }));
      } else if (type === 'enum') {
        field.values = child.enum as unknown[];
        field.valueLabels = enumLabels(child);
      }
      out.push(field);
    }
  }
  for (const key of ['then', 'else'] as const) collect(schema[key], path, parents, out, seen);
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) collect(part, path, parents, out, seen);
}

/** The answer fields (sections flattened, repeating groups left out) and derived facts a condition can test. */
export function conditionFields(
  procedure: Pick<Procedure, 'form'> & Partial<Pick<Procedure, 'derived'>>,
): ConditionField[] {
  const out: ConditionField[] = [];
  collect(procedure.form.schema, [], [], out, new Set());
  for (const fact of procedure.derived ?? []) {
    const type = derivedTypes[fact.kind] ?? 'integer';
    const field: ConditionField = {
      pointer: pointerOf([fact.name]),
      label: {
        vi: fact.description?.vi ?? fact.name,
        en: fact.description?.en ?? fact.description?.vi ?? fact.name,
      },
      type,
      origin: 'derived',
    };
    if (fact.kind === 'channel') {
      field.values = ['in-person', 'online', 'postal'];
      field.valueLabels = channelLabels;
    }
    out.push(field);
  }
  return out;
}
