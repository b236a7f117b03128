/**
 * Derived facts (`derived`) as the builder edits them: which form fields each kind may read, a
 * clean change of kind, and the problems of each value by pointer — the same rules the catalog
 * check applies at save, said next to the control before that.
 */

import { topLevelProperties } from '../catalog-checks/form-schema';
import type { DerivedFact, Procedure } from '../format/generated/procedure';
import type { Message } from '../types';
import { conditionFields } from './condition-rows';
import { type FieldIssues, note } from './field-issues';

type Kind = DerivedFact['kind'];

export const derivedKinds: Record<Kind, Message> = {
  'days-between': { vi: 'Số ngày giữa hai ngày', en: 'Days between two dates' },
  count: { vi: 'Số mục của một danh sách', en: 'Number of items in a list' },
  channel: { vi: 'Cách thức nộp hồ sơ', en: 'Filing channel' },
};

/** What a date of `days-between` may be besides a form field. */
export const FILING_DATE = '$filingDate';

/** A form field a derived fact may read: its pointer and its label (sections joined by ›). */
export interface DerivedSource {
  pointer: string;
  label: Message;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Lists (repeating groups) of the form, in sections and conditional branches too. */
function collectArrays(schema: unknown, path: string[], parents: Message[], out: DerivedSource[]): void {
  if (!isObject(schema)) return;
  if (isObject(schema.properties)) {
    for (const [name, child] of Object.entries(schema.properties)) {
      if (!isObject(child)) continue;
      const vi = typeof child.title === 'string' ? child.title : name;
      const xEn = child['x-en'];
      const en = isObject(xEn) && typeof xEn.title === 'string' ? xEn.title : vi;
      const here = [...path, name];
      if (child.type === 'object') collectArrays(child, here, [...parents, { vi, en }], out);
      const pointer = `/${here.map(escapeToken).join('/')}`;
      if (child.type === 'array' && !out.some((s) => s.pointer === pointer)) {
        out.push({
          pointer,
          label: {
            vi: [...parents.map((p) => p.vi), vi].join(' › '),
            en: [...parents.map((p) => p.en), en].join(' › '),
          },
        });
      }
    }
  }
  for (const key of ['then', 'else'] as const) collectArrays(schema[key], path, parents, out);
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) collectArrays(part, path, parents, out);
}

/**
 * The form fields a fact of `kind` may read: date fields for `days-between`, lists for `count`.
 *
 * @example derivedSources(p, 'days-between') // [{ pointer: '/ngaySinh', label: { vi: 'Ngày sinh', … } }]
 */
export function derivedSources(p: Pick<Procedure, 'form'>, kind: Kind): DerivedSource[] {
  if (kind === 'days-between') {
    return conditionFields({ form: p.form })
      .filter((f) => f.origin === 'answer' && f.type === 'date')
      .map((f) => ({ pointer: f.pointer, label: f.label }));
  }
  if (kind === 'count') {
    const out: DerivedSource[] = [];
    collectArrays(p.form.schema, [], [], out);
    return out;
  }
  return [];
}

/** The fact with another kind: the fields the old kind read are dropped, the new kind's start empty. */
export function withKind(fact: DerivedFact, kind: Kind): DerivedFact {
  const { from: _from, to: _to, of: _of, ...rest } = fact;
  return { ...rest, kind };
}

const NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

/**
 * Every problem of the derived facts, by pointer (name missing, malformed, repeated or the name of
 * a form field; a field to read missing or no longer in the form).
 *
 * @example derivedIssues(p)['/derived/0/from'] // { vi: 'Chọn ngày bắt đầu', … } when unset
 */
export function derivedIssues(p: Pick<Procedure, 'form' | 'derived'>): FieldIssues {
  const issues: FieldIssues = {};
  const formNames = isObject(p.form.schema) ? topLevelProperties(p.form.schema) : new Set<string>();
  const names = (p.derived ?? []).map((d) => d.name);
  (p.derived ?? []).forEach((d, i) => {
    const at = `/derived/${i}`;
    if (d.name.trim() === '') note(issues, `${at}/name`, { vi: 'Chưa nhập tên', en: 'Missing name' });
    else if (!NAME.test(d.name) || d.name.length > 60) {
      note(issues, `${at}/name`, {
        vi: 'Tên bắt đầu bằng chữ cái, chỉ gồm chữ không dấu và số (ví dụ soNgayTreHan)',
        en: 'The name starts with a letter and has only ASCII letters and digits (e.g. daysLate)',
      });
    } else if (names.indexOf(d.name) !== i) {
      note(issues, `${at}/name`, {
        vi: 'Tên này đã dùng cho dữ kiện khác',
        en: 'Another fact has this name',
      });
    } else if (formNames.has(d.name)) {
      note(issues, `${at}/name`, {
        vi: 'Tên này trùng với một trường của biểu mẫu',
        en: 'This name is the name of a form field',
      });
    }
    const sources = new Set(derivedSources(p, d.kind).map((s) => s.pointer));
    const check = (key: 'from' | 'to' | 'of', missing: Message, allowFilingDate: boolean) => {
      const value = d[key];
      if (value === undefined || value === '') note(issues, `${at}/${key}`, missing);
      else if (!(sources.has(value) || (allowFilingDate && value === FILING_DATE))) {
        note(issues, `${at}/${key}`, {
          vi: `Trường ${value} không có trong biểu mẫu hoặc không đúng loại; chọn lại`,
          en: `Field ${value} is not in the form or not of the right type; pick again`,
        });
      }
    };
    if (d.kind === 'days-between') {
      check('from', { vi: 'Chọn ngày bắt đầu', en: 'Pick the start date' }, true);
      check('to', { vi: 'Chọn ngày kết thúc', en: 'Pick the end date' }, true);
    } else if (d.kind === 'count') {
      check('of', { vi: 'Chọn danh sách cần đếm', en: 'Pick the list to count' }, false);
    }
  });
  return issues;
}
