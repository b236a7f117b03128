/**
 * Checks a design at once, as the officer edits: each problem names the field (key path) and the
 * control it concerns, in Vietnamese and English, so the UI shows it next to that control and the
 * save is refused while any remains. Only what the designer can know is checked here; the
 * catalog checker still runs on the whole procedure.
 */
import type { Message } from '../types';
import { conditionToRows, segmentsOf } from './condition-rows';
import type { DesignContainer, DesignField, FormDesign } from './design-types';
import { showWhenOf } from './show-when';
import { uiOptionIssues } from './ui-option-issues';
import { addressIssues } from './ward-lists';

export interface DesignProblem {
  /** Key path of the field ([] = the form itself, e.g. pages). */
  path: string[];
  /** The control: 'key', 'title', 'minLength', 'maximum', 'choices', 'showWhen', 'prefill', 'page:<id>'… */
  control: string;
  message: Message;
}

export interface DesignContext {
  /** Citizen-data sources of the registry with their attribute names, for prefill. */
  sources?: { id: string; attributes?: { name: string }[] }[];
  /** Names of the procedure's derived facts (they must not clash with form fields). */
  derived?: string[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function range(
  out: DesignProblem[],
  path: string[],
  low: number | undefined,
  high: number | undefined,
  control: string,
  what: Message,
) {
  if (low !== undefined && high !== undefined && low > high)
    out.push({
      path,
      control,
      message: {
        vi: `${what.vi}: giá trị tối thiểu (${low}) lớn hơn giá trị tối đa (${high}).`,
        en: `${what.en}: the minimum (${low}) is greater than the maximum (${high}).`,
      },
    });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A default the field's own limits would refuse (the citizen would start from an invalid answer). */
export function defaultIssue(f: DesignField): Message | undefined {
  const d = f.default;
  if (d === undefined) return undefined;
  const msg = (vi: string, en: string): Message => ({
    vi: `Giá trị mặc định ${vi}`,
    en: `The default value ${en}`,
  });
  if (f.kind === 'text' || f.kind === 'longText' || f.kind === 'email') {
    if (typeof d !== 'string') return msg('phải là văn bản.', 'must be text.');
    if (f.minLength !== undefined && d.length < f.minLength)
      return msg(
        `ngắn hơn độ dài tối thiểu (${f.minLength}).`,
        `is shorter than the minimum length (${f.minLength}).`,
      );
    if (f.maxLength !== undefined && d.length > f.maxLength)
      return msg(
        `dài hơn độ dài tối đa (${f.maxLength}).`,
        `is longer than the maximum length (${f.maxLength}).`,
      );
    if (f.pattern !== undefined) {
      try {
        if (!new RegExp(f.pattern, 'u').test(d))
          return msg('không khớp mẫu kiểm tra.', 'does not match the pattern.');
      } catch {
        return undefined;
      }
    }
  }
  if (f.kind === 'number') {
    if (typeof d !== 'number' || !Number.isFinite(d)) return msg('phải là một số.', 'must be a number.');
    if (f.type === 'integer' && !Number.isInteger(d))
      return msg('phải là số nguyên.', 'must be a whole number.');
    const low = f.minimum ?? f.exclusiveMinimum;
    const high = f.maximum ?? f.exclusiveMaximum;
    const below =
      (f.minimum !== undefined && d < f.minimum) ||
      (f.exclusiveMinimum !== undefined && d <= f.exclusiveMinimum);
    const above =
      (f.maximum !== undefined && d > f.maximum) ||
      (f.exclusiveMaximum !== undefined && d >= f.exclusiveMaximum);
    if (below)
      return msg(`(${d}) nhỏ hơn giới hạn dưới (${low}).`, `(${d}) is below the lower limit (${low}).`);
    if (above)
      return msg(`(${d}) lớn hơn giới hạn trên (${high}).`, `(${d}) is above the upper limit (${high}).`);
    if (f.multipleOf !== undefined && f.multipleOf > 0) {
      const q = d / f.multipleOf;
      if (Math.abs(q - Math.round(q)) > 1e-8)
        return msg(`không phải bội số của ${f.multipleOf}.`, `is not a multiple of ${f.multipleOf}.`);
    }
  }
  if (f.kind === 'date') {
    const time = typeof d === 'string' && DATE.test(d) ? Date.parse(`${d}T00:00:00Z`) : Number.NaN;
    const ok = !Number.isNaN(time) && new Date(time).toISOString().startsWith(d as string);
    if (!ok) return msg('không phải một ngày hợp lệ.', 'is not a valid date.');
  }
  if (f.kind === 'yesNo' && typeof d !== 'boolean')
    return msg('phải là Có hoặc Không.', 'must be Yes or No.');
  if (f.kind === 'yesNo' && f.constValue !== undefined && d !== f.constValue)
    return msg('khác câu trả lời bắt buộc.', 'differs from the only accepted answer.');
  return undefined;
}

function checkField(
  f: DesignField,
  c: DesignContainer,
  /** How many fields of `c` use each key. */
  uses: Map<string, number>,
  path: string[],
  ctx: DesignContext,
  out: DesignProblem[],
  top: boolean,
  inGroup = false,
) {
  const p = [...path, f.key];
  const add = (control: string, vi: string, en: string) =>
    out.push({ path: p, control, message: { vi, en } });
  if (!KEY.test(f.key))
    add(
      'key',
      'Tên kỹ thuật chỉ gồm chữ không dấu, số và dấu gạch dưới, không bắt đầu bằng số.',
      'The key may only hold ASCII letters, digits and underscores, and must not start with a digit.',
    );
  if ((uses.get(f.key) ?? 0) > 1)
    add(
      'key',
      `Tên kỹ thuật «${f.key}» bị trùng với một trường khác.`,
      `The key "${f.key}" is used by another field.`,
    );
  if (top && ctx.derived?.includes(f.key))
    add(
      'key',
      `Tên «${f.key}» trùng với một giá trị tính toán của thủ tục.`,
      `"${f.key}" clashes with a derived fact of the procedure.`,
    );
  if (f.kind === 'advanced') return;
  if (!f.title?.trim())
    add('title', 'Nhãn tiếng Việt không được để trống.', 'The Vietnamese label must not be empty.');
  for (const k of ['minLength', 'maxLength', 'minItems', 'maxItems'] as const) {
    const v = f[k];
    if (v !== undefined && (!Number.isInteger(v) || v < 0))
      add(k, 'Phải là số nguyên không âm.', 'Must be a whole number, 0 or more.');
  }
  range(out, p, f.minLength, f.maxLength, 'maxLength', { vi: 'Độ dài', en: 'Length' });
  range(out, p, f.minimum ?? f.exclusiveMinimum, f.maximum ?? f.exclusiveMaximum, 'maximum', {
    vi: 'Giá trị',
    en: 'Value',
  });
  range(out, p, f.minItems, f.maxItems, 'maxItems', { vi: 'Số mục', en: 'Number of items' });
  if (f.notFuture && f.kind !== 'date')
    add(
      'notFuture',
      '«Không sau ngày nộp» chỉ dùng cho trường ngày.',
      '"Not in the future" only applies to dates.',
    );
  if (f.pattern !== undefined) {
    try {
      new RegExp(f.pattern, 'u');
    } catch {
      add(
        'pattern',
        'Mẫu kiểm tra (biểu thức chính quy) không hợp lệ.',
        'The pattern is not a valid regular expression.',
      );
    }
  }
  if (f.kind === 'choice' || f.kind === 'multiChoice') {
    const values = (f.choices ?? []).map((x) => x.value);
    if (values.length === 0)
      add('choices', 'Danh sách lựa chọn không được để trống.', 'The list of choices must not be empty.');
    if (values.some((v) => v === '')) add('choices', 'Có lựa chọn để trống.', 'A choice is empty.');
    if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length)
      add('choices', 'Có lựa chọn bị trùng.', 'Two choices are the same.');
    if (f.kind === 'choice' && f.default !== undefined && !values.some((v) => v === f.default))
      add(
        'default',
        'Giá trị mặc định không có trong danh sách lựa chọn.',
        'The default value is not one of the choices.',
      );
  }
  for (const issue of uiOptionIssues(f)) add(issue.control, issue.message.vi, issue.message.en);
  if (f.multipleOf !== undefined && !(f.multipleOf > 0))
    add('multipleOf', 'Bước phải là số lớn hơn 0.', 'The step must be a number greater than 0.');
  const wrongDefault = defaultIssue(f);
  if (wrongDefault) add('default', wrongDefault.vi, wrongDefault.en);
  for (const w of addressIssues(f))
    add('wards', `${w.province}: ${w.message.vi}`, `${w.province}: ${w.message.en}`);
  if ((f.kind === 'section' || f.kind === 'group') && (f.container?.fields.length ?? 0) === 0)
    add('fields', 'Mục hoặc nhóm cần ít nhất một trường.', 'A section or group needs at least one field.');
  if (f.required && f.readonly && !f.prefill && f.default === undefined)
    add(
      'required',
      'Trường bắt buộc nhưng chỉ đọc và không được điền sẵn: người nộp không thể điền.',
      'The field is required but read-only and not prefilled: the applicant cannot fill it.',
    );
  if (f.required && f.widget === 'hidden' && !f.prefill && f.default === undefined)
    add(
      'required',
      'Trường bắt buộc nhưng bị ẩn: người nộp không thể điền.',
      'The field is required but hidden: the applicant cannot fill it.',
    );
  if (f.prefill) {
    const src = ctx.sources?.find((s) => s.id === f.prefill!.source);
    if (ctx.sources && !src)
      add(
        'prefill',
        'Nguồn dữ liệu điền sẵn không có trong danh mục.',
        'The prefill source is not in the registry.',
      );
    else if (src && !src.attributes?.some((a) => a.name === f.prefill!.attribute))
      add('prefill', 'Nguồn này không có thuộc tính đã chọn.', 'The source has no such attribute.');
    if (inGroup && f.prefill.locked)
      add(
        'prefill',
        'Trong nhóm lặp lại chỉ điền sẵn được cho mục đầu tiên và không khóa được (khóa sẽ khóa ô này ở mọi mục).',
        'In a repeating group only the first item is prefilled, and it cannot be locked (that would lock the field in every item).',
      );
    if (f.kind === 'section' || f.kind === 'group')
      add(
        'prefill',
        'Chỉ điền sẵn được cho một trường, không cho cả mục.',
        'Only a single field can be prefilled, not a section.',
      );
  }
  const condition = showWhenOf(c, f);
  if (condition) {
    const rows = conditionToRows(condition);
    if (!('advanced' in rows)) {
      for (const r of rows.rows) {
        const [first] = segmentsOf(r.field);
        if (first === f.key && path.length === 0)
          add(
            'showWhen',
            'Điều kiện hiện trường không được dựa vào chính trường này.',
            'A field cannot be shown depending on itself.',
          );
      }
    }
  }
  if (f.container) checkContainer(f.container, p, ctx, out, false, inGroup || f.kind === 'group');
}

function checkContainer(
  c: DesignContainer,
  path: string[],
  ctx: DesignContext,
  out: DesignProblem[],
  top: boolean,
  inGroup = false,
) {
  // How many fields of the container use each key, counted once (not once per field: 100 fields).
  const uses = new Map<string, number>();
  for (const f of c.fields) uses.set(f.key, (uses.get(f.key) ?? 0) + 1);
  for (const f of c.fields) checkField(f, c, uses, path, ctx, out, top, inGroup);
}

function checkPages(design: FormDesign, out: DesignProblem[]) {
  const pages = design.pages ?? [];
  const keys = new Set(design.root.fields.map((f) => f.key));
  const seen = new Map<string, string>();
  pages.forEach((page) => {
    const control = `page:${page.id}`;
    if (!page.title.vi.trim())
      out.push({
        path: [],
        control,
        message: { vi: 'Tên trang không được để trống.', en: 'The page needs a title.' },
      });
    if (pages.filter((x) => x.id === page.id).length > 1)
      out.push({
        path: [],
        control,
        message: { vi: `Mã trang «${page.id}» bị trùng.`, en: `The page id "${page.id}" is used twice.` },
      });
    for (const k of page.fields) {
      if (!keys.has(k))
        out.push({
          path: [],
          control,
          message: {
            vi: `Trang liệt kê trường «${k}» không có trong biểu mẫu.`,
            en: `The page lists "${k}", which the form does not have.`,
          },
        });
      const other = seen.get(k);
      if (other && other !== page.id)
        out.push({
          path: [k],
          control: 'page',
          message: { vi: 'Trường nằm trên hai trang.', en: 'The field is on two pages.' },
        });
      seen.set(k, page.id);
    }
  });
}

export function validateDesign(design: FormDesign, ctx: DesignContext = {}): DesignProblem[] {
  const out: DesignProblem[] = [];
  checkContainer(design.root, [], ctx, out, true);
  checkPages(design, out);
  return out;
}

/** Problems of one field, for the field dialog. */
export function problemsOf(problems: DesignProblem[], path: string[]): DesignProblem[] {
  return problems.filter((p) => p.path.length === path.length && p.path.every((k, i) => k === path[i]));
}
