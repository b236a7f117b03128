/**
 * A procedure's form schema and everything that points into the answers: prefill targets, derived
 * facts, fee units, conditions and the uiSchema.
 */
import { localizeRefs } from '../compile/embedded-resources';
import type { Procedure } from '../types';
import { checkSchemaKeywords } from './check-schema-keywords';
import { checkUiKeys } from './check-ui-keys';
import { compileFormOnce } from './compile-form-once';
import { answerExists, formatsUsed, topLevelProperties } from './form-schema';
import { parsePointer, pointer } from './pointer';
import { type problemsFor, q } from './problem';
import { knownFormats, tryCompile } from './schema-compiler';

type Report = ReturnType<typeof problemsFor>;
type Schema = Record<string, unknown>;

export function checkProcedureForm(p: Procedure, report: Report): void {
  const { error, warning } = report;
  const schema = p.form.schema as Schema;
  // The profile refuses `$ref` and `$id` (form-profile.ts), once each. The walkers still follow
  // them (as `#/…` pointers), so the fields behind a refused reference are not reported missing too.
  const local = localizeRefs(schema) as Schema;
  const formats = knownFormats();
  const unknownFormats = formatsUsed(schema).filter((f) => !formats.includes(f.format));
  for (const f of unknownFormats) {
    error('form.format.unknown', `/form/schema${f.at}`, {
      vi: `Định dạng ${q.vi(f.format)} không được hỗ trợ; dùng một trong: ${formats.join(', ')}`,
      en: `Format ${q.en(f.format)} is not supported; use one of: ${formats.join(', ')}`,
    });
  }
  const keywordsOk = checkSchemaKeywords(schema, '/form/schema', report);
  if (unknownFormats.length === 0 && keywordsOk && !compileFormOnce(schema))
    compileCheck(local, '/form/schema', 'form.schema.invalid', report);

  const properties = topLevelProperties(local);
  const derivedNames = new Set((p.derived ?? []).map((d) => d.name));
  const answerOrDerived = (target: string) =>
    answerExists(local, target) || derivedNames.has(parsePointer(target)?.[0] ?? '');

  (p.form.prefill ?? []).forEach((f, i) => {
    if (!answerExists(local, f.target)) {
      error('prefill.target.unknown', pointer('form', 'prefill', i, 'target'), {
        vi: `Trường ${q.vi(f.target)} cần điền sẵn không có trong lược đồ biểu mẫu`,
        en: `Prefill target ${q.en(f.target)} is not in the form schema`,
      });
    }
  });

  const seen = new Set<string>();
  (p.derived ?? []).forEach((d, i) => {
    const at = pointer('derived', i);
    if (seen.has(d.name)) {
      error('derived.name.duplicate', `${at}/name`, {
        vi: `Tên dữ kiện suy ra ${q.vi(d.name)} bị trùng`,
        en: `Derived fact name ${q.en(d.name)} appears twice`,
      });
    }
    seen.add(d.name);
    if (properties.has(d.name)) {
      error('derived.name.clash', `${at}/name`, {
        vi: `Tên dữ kiện suy ra ${q.vi(d.name)} trùng với một trường của biểu mẫu`,
        en: `Derived fact name ${q.en(d.name)} clashes with a form property`,
      });
    }
    const needs =
      d.kind === 'days-between' ? (['from', 'to'] as const) : d.kind === 'count' ? (['of'] as const) : [];
    for (const key of needs) {
      const value = d[key];
      if (value === undefined) {
        error('derived.pointer.missing', at, {
          vi: `Dữ kiện loại ${d.kind} cần thuộc tính ${q.vi(key)}`,
          en: `A ${d.kind} fact needs ${q.en(key)}`,
        });
      } else if (value !== '$filingDate' && !answerExists(local, value)) {
        error('derived.pointer.unknown', `${at}/${key}`, {
          vi: `Con trỏ ${q.vi(value)} không trỏ tới trường nào của biểu mẫu`,
          en: `Pointer ${q.en(value)} does not point to a form field`,
        });
      }
    }
  });

  p.fees.forEach((f, i) => {
    if (f.amount.type !== 'fixed' && !answerOrDerived(f.amount.units.from)) {
      error('fee.units.unknown', pointer('fees', i, 'amount', 'units', 'from'), {
        vi: `Số lượng đọc từ ${q.vi(f.amount.units.from)} nhưng biểu mẫu và dữ kiện suy ra không có trường này`,
        en: `Units are read from ${q.en(f.amount.units.from)}, which is neither a form field nor a derived fact`,
      });
    }
    if (f.multiplier && !answerOrDerived(f.multiplier.from)) {
      error('fee.multiplier.unknown', pointer('fees', i, 'multiplier', 'from'), {
        vi: `Số bản đọc từ ${q.vi(f.multiplier.from)} nhưng biểu mẫu và dữ kiện suy ra không có trường này`,
        en: `Copies are read from ${q.en(f.multiplier.from)}, which is neither a form field nor a derived fact`,
      });
    }
  });

  const subjectNames = new Set([...properties, ...derivedNames]);
  for (const { at, when } of conditions(p)) {
    if (typeof when === 'boolean') continue;
    const ok =
      checkSchemaKeywords(when, at, report, true) && compileCheck(when, at, 'condition.invalid', report);
    if (!ok) continue;
    const used = [
      ...Object.keys((when.properties as Schema | undefined) ?? {}),
      ...(Array.isArray(when.required) ? (when.required as string[]) : []),
    ];
    for (const name of new Set(used)) {
      if (!subjectNames.has(name)) {
        warning('condition.field.unknown', at, {
          vi: `Điều kiện nhắc tới ${q.vi(name)} nhưng biểu mẫu và dữ kiện suy ra không có trường này`,
          en: `The condition mentions ${q.en(name)}, which is neither a form field nor a derived fact`,
        });
      }
    }
  }

  checkUiSchema(local, p.form.uiSchema, '/form/uiSchema', warning);
  checkUiKeys(p.form.uiSchema, '/form/uiSchema', report);
}

function* conditions(p: Procedure): Generator<{ at: string; when: Schema | boolean }> {
  for (const [i, f] of p.fees.entries()) {
    if (f.when !== undefined) yield { at: pointer('fees', i, 'when'), when: f.when };
    for (const [k, e] of (f.exemptions ?? []).entries())
      yield { at: pointer('fees', i, 'exemptions', k, 'when'), when: e.when };
  }
  for (const [ci, c] of p.documentCases.entries()) {
    if (c.when !== undefined) yield { at: pointer('documentCases', ci, 'when'), when: c.when };
    for (const [di, d] of c.documents.entries()) {
      if (d.when !== undefined)
        yield { at: pointer('documentCases', ci, 'documents', di, 'when'), when: d.when };
    }
  }
}

function compileCheck(schema: unknown, at: string, code: string, { error, warning }: Report): boolean {
  const result = tryCompile(schema);
  // Unknown formats are reported on their own, with the list of supported ones.
  for (const w of result.warnings.filter((m) => !m.includes('unknown format'))) {
    warning(`${code.split('.')[0]}.schema.strict`, at, {
      vi: `Ajv cảnh báo (có thể gõ sai từ khóa): ${w}`,
      en: `Ajv warns (perhaps a misspelt keyword): ${w}`,
    });
  }
  if (result.error) {
    error(code, at, {
      vi: `Lược đồ JSON không biên dịch được: ${result.error}`,
      en: `The JSON Schema does not compile: ${result.error}`,
    });
    return false;
  }
  return true;
}

/** uiSchema keys that are not `ui:` options must name fields of the form (a typo hides the option). */
function checkUiSchema(root: Schema, ui: unknown, at: string, warning: Report['warning'], path = ''): void {
  if (typeof ui !== 'object' || ui === null || Array.isArray(ui)) return;
  for (const [key, value] of Object.entries(ui)) {
    if (key.startsWith('ui:')) continue;
    const target = key === 'items' ? `${path}/0` : `${path}${pointer(key)}`;
    if (!answerExists(root, target)) {
      warning('uiSchema.field.unknown', `${at}${pointer(key)}`, {
        vi: `uiSchema có khóa ${q.vi(key)} nhưng biểu mẫu không có trường này`,
        en: `uiSchema has key ${q.en(key)}, but the form has no such field`,
      });
    } else {
      checkUiSchema(root, value, `${at}${pointer(key)}`, warning, target);
    }
  }
}
