/**
 * Document cases, documents and reuse rules as the builder edits them: what each reuse mode and
 * submission means in words for the officer, file types and sizes in the units she thinks in,
 * and the problems of each value by pointer.
 */
import type { Document, ReuseRule } from '../format/generated/procedure';
import type { Message, Procedure, Registry } from '../types';
import { type FieldIssues, integerIssue, note, slugIssue, textIssue } from './field-issues';

export type ReuseMode = ReuseRule['mode'];
export type Submission = NonNullable<Document['submission']>;

/** What each reuse mode does, said for an officer (catalogs/README.md, "Documents"). */
export const reuseModes: Record<ReuseMode, { name: Message; meaning: Message }> = {
  replace: {
    name: { vi: 'Thay thế hoàn toàn', en: 'Replace' },
    meaning: {
      vi: 'Người dân không phải nộp: có dữ liệu thì dùng lại; không có (hoặc nguồn lỗi) thì cơ quan tự tra cứu, xác minh.',
      en: 'Never asked of the applicant: the record is reused when found; otherwise the agency looks it up itself.',
    },
  },
  fallback: {
    name: { vi: 'Dùng nếu có, không có thì nộp', en: 'Fallback' },
    meaning: {
      vi: 'Có dữ liệu thì dùng lại; không tìm thấy (hoặc nguồn lỗi) thì người dân tải giấy tờ lên như bình thường.',
      en: 'The record is reused when found; when not found (or the source fails) the applicant uploads the document.',
    },
  },
  'present-only': {
    name: { vi: 'Chỉ để cán bộ đối chiếu', en: 'Present only' },
    meaning: {
      vi: 'Có dữ liệu thì hiển thị cho cán bộ đối chiếu thay cho xuất trình bản giấy; không có thì người dân nộp/xuất trình như bình thường.',
      en: 'The record is shown to the officer instead of a paper original; when not found the applicant submits or shows it as usual.',
    },
  },
};

/** How a document reaches the agency. */
export const submissions: Record<Submission, { name: Message; meaning: Message }> = {
  upload: {
    name: { vi: 'Nộp tệp (bản chụp/scan)', en: 'Upload a file' },
    meaning: {
      vi: 'Người dân tải tệp lên khi nộp trực tuyến.',
      en: 'The applicant uploads a scan when filing online.',
    },
  },
  present: {
    name: { vi: 'Xuất trình', en: 'Show (present)' },
    meaning: {
      vi: 'Chỉ xuất trình bản chính để đối chiếu, không nộp lại.',
      en: 'Shown to the officer for checking, not handed over.',
    },
  },
  form: {
    name: { vi: 'Tờ khai điện tử', en: 'The e-form' },
    meaning: {
      vi: 'Khi nộp trực tuyến, biểu mẫu điện tử chính là giấy tờ này; nộp trực tiếp thì mang tờ khai giấy.',
      en: 'Filed online, the e-form is this document; in person the paper form is brought.',
    },
  },
};

/** File types an officer can allow, with the names she knows them by. */
export const fileTypes: { mime: NonNullable<Document['accept']>[number]; label: string }[] = [
  { mime: 'application/pdf', label: 'PDF' },
  { mime: 'image/jpeg', label: 'JPEG' },
  { mime: 'image/png', label: 'PNG' },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (DOCX)' },
  { mime: 'application/msword', label: 'Word (DOC)' },
];

/** What the core accepts when a document lists no types / no size. */
export const defaultAccept: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
export const defaultMaxMb = 10;
const MiB = 1024 * 1024;

/** Bytes → megabytes for display (at most two decimals). */
export function bytesToMb(bytes: number): number {
  return Math.round((bytes / MiB) * 100) / 100;
}

/** Megabytes typed by the officer → bytes, or undefined when cleared (the default then applies). */
export function mbToBytes(mb: number | null | undefined): number | undefined {
  if (mb === null || mb === undefined || !Number.isFinite(mb)) return undefined;
  return Math.round(mb * MiB);
}

/** Record types a source can supply (registry), for the reuse rule's second picker. */
export function recordTypes(registry: Registry, source: string): { id: string; name: Message }[] {
  return registry.sources.find((s) => s.id === source)?.records ?? [];
}

/** Sources that can supply at least one record type (the reuse rule's first picker). */
export function recordSources(registry: Registry): Registry['sources'] {
  return registry.sources.filter((s) => (s.records ?? []).length > 0);
}

function documentIssues(
  d: Document,
  at: string,
  ids: string[],
  registry: Registry,
  issues: FieldIssues,
): void {
  note(issues, `${at}/id`, slugIssue(d.id, ids));
  note(issues, `${at}/name/vi`, textIssue(d.name?.vi, { vi: 'tên giấy tờ', en: 'the document name' }));
  note(issues, `${at}/originals`, integerIssue(d.originals, { min: 0, max: 20, required: true }));
  note(issues, `${at}/copies`, integerIssue(d.copies, { min: 0, max: 20, required: true }));
  if (d.accept && d.accept.length === 0) {
    note(issues, `${at}/accept`, { vi: 'Chọn ít nhất một loại tệp', en: 'Allow at least one file type' });
  }
  if (d.maxBytes !== undefined) {
    const bad = integerIssue(d.maxBytes, { min: 1024, max: 50 * MiB, required: true });
    if (bad)
      note(issues, `${at}/maxBytes`, { vi: 'Dung lượng từ 0,001 đến 50 MB', en: 'Size from 0.001 to 50 MB' });
  }
  if (d.template)
    note(
      issues,
      `${at}/template/name`,
      textIssue(d.template.name, { vi: 'tên mẫu đơn', en: 'the template name' }),
    );
  (d.reuse ?? []).forEach((r, k) => {
    const here = `${at}/reuse/${k}`;
    if (!registry.sources.some((s) => s.id === r.source)) {
      note(issues, `${here}/source`, { vi: 'Chọn nguồn dữ liệu', en: 'Pick a data source' });
    } else if (!recordTypes(registry, r.source).some((t) => t.id === r.record)) {
      note(issues, `${here}/record`, {
        vi: 'Chọn loại giấy tờ mà nguồn này cung cấp',
        en: 'Pick a record type this source supplies',
      });
    }
  });
}

/**
 * Every problem of the document cases, by pointer (document ids must be unique across cases:
 * uploads and test cases name documents by id).
 */
export function documentCaseIssues(p: Procedure, registry: Registry): FieldIssues {
  const issues: FieldIssues = {};
  const caseIds = p.documentCases.map((c) => c.id);
  const docIds = p.documentCases.flatMap((c) => c.documents.map((d) => d.id));
  p.documentCases.forEach((c, ci) => {
    const at = `/documentCases/${ci}`;
    note(issues, `${at}/id`, slugIssue(c.id, caseIds));
    note(issues, `${at}/title/vi`, textIssue(c.title?.vi, { vi: 'tên trường hợp', en: 'the case title' }));
    if (c.documents.length === 0) {
      note(issues, `${at}/documents`, {
        vi: 'Mỗi trường hợp cần ít nhất một giấy tờ',
        en: 'Each case needs a document',
      });
    }
    c.documents.forEach((d, di) => {
      documentIssues(d, `${at}/documents/${di}`, docIds, registry, issues);
    });
  });
  return issues;
}
