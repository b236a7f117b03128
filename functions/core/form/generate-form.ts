import type { CompiledProcedure } from '../compile/compiled-procedure';
import { localizeRefs } from '../compile/embedded-resources';
import { quoteFeesForSubject } from '../fees/quote-fees';
import { isRecord, setAt } from '../json-pointer';
import { readCitizen } from '../reuse/citizen';
import { documentStatuses } from '../reuse/document-statuses';
import { prefillValues } from '../reuse/resolve-reuse';
import { buildSubject } from '../subject';
import type { FormContext, GeneratedForm, PrefillValue } from '../types';

/**
 * Generates what react-jsonschema-form needs for one applicant: the schema, a uiSchema where
 * locked prefilled fields are read-only and name their source, formData prefilled from the
 * citizen's data, and beside the form the documents that apply (upload, or "available from …")
 * and a fee preview. Everything returned is a fresh copy the page may mutate.
 *
 * @example generateForm(compiled, { channel: 'online', date: '2026-03-01', citizen })
 */
export function generateForm(compiled: CompiledProcedure, ctx: FormContext): GeneratedForm {
  const citizen = readCitizen(ctx.citizen);
  const prefill = prefillValues(compiled, citizen);
  const formData: Record<string, unknown> = {};
  const uiSchema = clone(compiled.procedure.form.uiSchema ?? {}) as Record<string, unknown>;
  for (const p of prefill) {
    const tokens = compiled.prefill.find((c) => c.prefill.target === p.target)?.tokens ?? [];
    if (!setAt(formData, tokens, clone(p.value))) continue;
    markField(uiSchema, tokens, p, compiled.sourceNames.get(p.source));
  }
  const subject = buildSubject(compiled, formData, ctx.channel, ctx.date);
  return {
    // `#/…` references only: react-jsonschema-form does not follow embedded `$id`s.
    schema: localizeRefs(compiled.procedure.form.schema) as Record<string, unknown>,
    uiSchema,
    formData,
    documents: documentStatuses(compiled, subject, ctx.channel, ctx.date, citizen),
    prefill,
    fees: quoteFeesForSubject(compiled, subject, ctx.channel, ctx.date),
  };
}

/** Marks a prefilled field: read-only when locked, and a help line naming the source either way. */
function markField(
  uiSchema: Record<string, unknown>,
  tokens: readonly string[],
  p: PrefillValue,
  source: { vi: string; en: string } | undefined,
): void {
  let node = uiSchema;
  for (const token of tokens) {
    // rjsf describes every item of an array under `items`.
    const key = /^\d+$/.test(token) ? 'items' : token;
    if (key === '__proto__') return;
    const next = node[key];
    if (isRecord(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  const name = source?.vi ?? p.source;
  node['ui:help'] = p.locked
    ? `Lấy từ ${name} — không sửa được (${source?.en ?? p.source}).`
    : `Điền sẵn từ ${name}; bạn có thể sửa nếu thông tin đã thay đổi.`;
  node['ui:prefillSource'] = p.source;
  if (p.locked) node['ui:readonly'] = true;
}

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
