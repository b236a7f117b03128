/**
 * The "Kiểm tra lại thông tin" (check your answers) list: every answer on a page as a label and a
 * value a person reads — Có/Không for yes/no, dd/mm/yyyy for dates, the display name of a choice —
 * in Vietnamese and English. Groups become headings; list items are numbered.
 */
import { displayDate } from '../display-date';
import { escapeToken, isRecord } from '../json-pointer';
import type { Message } from '../types';
import { choiceListKey, choiceOptions } from './choice-list';
import { objectProperties, orderedNames, resolveRef } from './schema-fields';
import { uiOption } from './ui-option';

type Schema = Record<string, unknown>;

export interface AnswerRow {
  /** JSON pointer of the answer, e.g. `/treEm/ngaySinh`. */
  path: string;
  label: Message;
  /** Absent for a group heading. */
  value?: Message;
  /** 0 for a top-level field, 1 inside a group… */
  depth: number;
}

/**
 * Rows for the answered fields among `fields` (top-level names), in display order; fields left
 * empty are skipped.
 *
 * @example summarizeAnswers(schema, ui, { coGiayChungSinh: true }, ['coGiayChungSinh'])
 * // [{ path: '/coGiayChungSinh', label: { vi: 'Có Giấy chứng sinh?', … }, value: { vi: 'Có', en: 'Yes' }, depth: 0 }]
 */
export function summarizeAnswers(
  schema: unknown,
  uiSchema: unknown,
  answers: Record<string, unknown>,
  fields: readonly string[],
): AnswerRow[] {
  const root = isRecord(schema) ? schema : {};
  const props = new Map(objectProperties(root, root));
  const rows: AnswerRow[] = [];
  for (const name of fields) {
    const sub = props.get(name);
    if (sub) addRows(rows, root, sub, uiOf(uiSchema, name), answers[name], `/${escapeToken(name)}`, name, 0);
  }
  return rows;
}

function addRows(
  rows: AnswerRow[],
  root: Schema,
  schema: Schema,
  ui: Schema,
  value: unknown,
  path: string,
  name: string,
  depth: number,
): void {
  if (isEmpty(value)) return;
  const label = labelOf(schema, ui, name);
  if (isRecord(value)) {
    const before = rows.length;
    rows.push({ path, label, depth });
    addChildren(rows, root, schema, ui, value, path, depth + 1);
    if (rows.length === before + 1) rows.pop();
    return;
  }
  if (!Array.isArray(value)) {
    rows.push({ path, label, value: displayValue(schema, ui, value), depth });
    return;
  }
  const items = isRecord(schema.items) ? resolveRef(root, schema.items) : {};
  const itemUi = uiOf(ui, 'items');
  if (!value.some(isRecord)) {
    rows.push({ path, label, value: joinValues(value.map((v) => displayValue(items, itemUi, v))), depth });
    return;
  }
  rows.push({ path, label, depth });
  value.forEach((item, i) => {
    const itemPath = `${path}/${i}`;
    const itemLabel = { vi: `${label.vi} ${i + 1}`, en: `${label.en} ${i + 1}` };
    if (!isRecord(item)) {
      if (!isEmpty(item))
        rows.push({
          path: itemPath,
          label: itemLabel,
          value: displayValue(items, itemUi, item),
          depth: depth + 1,
        });
      return;
    }
    rows.push({ path: itemPath, label: itemLabel, depth: depth + 1 });
    addChildren(rows, root, items, itemUi, item, itemPath, depth + 2);
  });
}

function addChildren(
  rows: AnswerRow[],
  root: Schema,
  schema: Schema,
  ui: Schema,
  value: Record<string, unknown>,
  path: string,
  depth: number,
): void {
  const children = new Map(objectProperties(root, schema));
  for (const child of orderedNames([...children.keys()], ui['ui:order'])) {
    const sub = children.get(child)!;
    addRows(rows, root, sub, uiOf(ui, child), value[child], `${path}/${escapeToken(child)}`, child, depth);
  }
}

function joinValues(values: Message[]): Message {
  return { vi: values.map((v) => v.vi).join(', '), en: values.map((v) => v.en).join(', ') };
}

/** How one answer reads: Có/Không, dd/mm/yyyy, a choice's display name, or the text itself. */
export function displayValue(schema: Schema, ui: Schema, value: unknown): Message {
  if (typeof value === 'boolean') return value ? { vi: 'Có', en: 'Yes' } : { vi: 'Không', en: 'No' };
  if (schema.format === 'date' && typeof value === 'string') return displayDate(value);
  const list = choiceListKey(schema);
  const option = list ? choiceOptions(schema[list])!.find((o) => o.value === value) : undefined;
  if (option) {
    const vi = option.title ?? String(value);
    return { vi, en: option.titleEn ?? vi };
  }
  const choices = Array.isArray(schema.enum) ? schema.enum : undefined;
  if (choices) {
    const i = choices.indexOf(value);
    const vi = listAt(uiOption(ui, 'enumNames'), i) ?? listAt(schema['x-enumNames'], i) ?? String(value);
    const en = listAt((schema['x-en'] as Schema | undefined)?.enumNames, i) ?? vi;
    return { vi, en };
  }
  const text = String(value);
  return { vi: text, en: text };
}

function listAt(list: unknown, i: number): string | undefined {
  return Array.isArray(list) && typeof list[i] === 'string' ? list[i] : undefined;
}

/** A field's label: `ui:title`, else `title` (with `x-en.title` in English), else its name. */
export function labelOf(schema: Schema, ui: Schema, name: string): Message {
  const override = uiOption(ui, 'title');
  const vi = typeof override === 'string' ? override : typeof schema.title === 'string' ? schema.title : name;
  const enTitle = (schema['x-en'] as Schema | undefined)?.title;
  return { vi, en: typeof enTitle === 'string' ? enTitle : vi };
}

function uiOf(ui: unknown, key: string): Schema {
  const sub = isRecord(ui) ? ui[key] : undefined;
  return isRecord(sub) ? sub : {};
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
