import type { CompiledDocument, CompiledProcedure } from '../compile/compiled-procedure';
import type { Channel, DocumentStatus, DocumentStatusKind, Message } from '../types';
import type { CitizenView } from './citizen';

/**
 * The status of every applicable document (catalogs/README.md, "Documents"): cases and documents
 * whose condition holds, then form / present / reuse rules in order / upload.
 */
export function documentStatuses(
  compiled: CompiledProcedure,
  subject: unknown,
  channel: Channel,
  date: string,
  citizen: CitizenView,
): DocumentStatus[] {
  const out: DocumentStatus[] = [];
  for (const c of compiled.cases) {
    if (!c.when(subject)) continue;
    for (const d of c.documents) {
      if (d.when(subject)) out.push(statusOf(compiled, d, channel, date, citizen));
    }
  }
  return out;
}

function statusOf(
  compiled: CompiledProcedure,
  d: CompiledDocument,
  channel: Channel,
  date: string,
  citizen: CitizenView,
): DocumentStatus {
  const doc = d.document;
  const status: DocumentStatus = {
    id: doc.id,
    caseId: d.caseId,
    name: doc.name,
    required: d.required,
    status: 'upload',
    accept: d.accept,
    maxBytes: d.maxBytes,
    originals: doc.originals,
    copies: doc.copies,
  };
  if (d.submission === 'form') {
    return finish(compiled, status, channel === 'online' ? 'form' : 'upload');
  }
  for (const rule of doc.reuse ?? []) {
    const hit = citizen.record(rule.source, rule.record, date);
    if (hit) {
      status.source = rule.source;
      status.record = hit.title === undefined ? { id: hit.id } : { id: hit.id, title: hit.title };
      return finish(compiled, status, 'reused');
    }
    if (rule.mode === 'replace') {
      status.source = rule.source;
      return finish(compiled, status, 'fetch-by-agency');
    }
  }
  return finish(compiled, status, d.submission === 'present' ? 'present' : 'upload');
}

function finish(
  compiled: CompiledProcedure,
  status: DocumentStatus,
  kind: DocumentStatusKind,
): DocumentStatus {
  status.status = kind;
  const hint = hintFor(compiled, kind, status.source ?? '');
  if (hint) status.hint = hint;
  return status;
}

const PRESENT_HINT: Message = Object.freeze({
  vi: 'Xuất trình bản chính để đối chiếu, không nộp.',
  en: 'Show the original for checking; not submitted.',
});
const FORM_HINT: Message = Object.freeze({
  vi: 'Tờ khai điện tử này chính là giấy tờ này.',
  en: 'The e-form you fill in is this document.',
});

/**
 * A hint depends only on the kind and the source, never on the submission, so the sourced ones
 * are built once per procedure and source (frozen, shared by every result) rather than on every
 * validation.
 */
const sourcedHints = new WeakMap<CompiledProcedure, Map<string, { reused: Message; fetched: Message }>>();

function hintFor(
  compiled: CompiledProcedure,
  kind: DocumentStatusKind,
  sourceId: string,
): Message | undefined {
  switch (kind) {
    case 'reused':
      return sourced(compiled, sourceId).reused;
    case 'fetch-by-agency':
      return sourced(compiled, sourceId).fetched;
    case 'present':
      return PRESENT_HINT;
    case 'form':
      return FORM_HINT;
    default:
      return undefined;
  }
}

function sourced(compiled: CompiledProcedure, sourceId: string): { reused: Message; fetched: Message } {
  let bySource = sourcedHints.get(compiled);
  if (bySource === undefined) {
    bySource = new Map();
    sourcedHints.set(compiled, bySource);
  }
  let hints = bySource.get(sourceId);
  if (hints === undefined) {
    const source = compiled.sourceNames.get(sourceId) ?? { vi: sourceId, en: sourceId };
    hints = {
      reused: Object.freeze({
        vi: `Có sẵn từ ${source.vi} — không cần tải lên.`,
        en: `Available from ${source.en} — no upload needed.`,
      }),
      fetched: Object.freeze({
        vi: `Cơ quan giải quyết tự khai thác từ ${source.vi} — không cần tải lên.`,
        en: `The agency obtains it from ${source.en} — no upload needed.`,
      }),
    };
    bySource.set(sourceId, hints);
  }
  return hints;
}
