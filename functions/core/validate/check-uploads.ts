import { isRecord } from '../json-pointer';
import type { CoreError, DocumentStatus, UploadedDocument } from '../types';

/**
 * Checks the uploaded files against the documents' statuses (catalogs/README.md, "Documents"):
 * malformed entries, files for documents that are not asked for, wrong types and sizes, and
 * required uploads with no file. Returns the well-formed uploads for the indicators.
 */
export function checkUploads(
  input: unknown,
  documents: readonly DocumentStatus[],
  errors: CoreError[],
  names: ReadonlyMap<string, { document: { name: { vi: string; en?: string } } }> = new Map(),
): UploadedDocument[] {
  if (input === undefined || input === null) return checkMissing(documents, [], errors);
  if (!Array.isArray(input)) {
    errors.push({
      path: '/documents',
      code: 'input.invalid',
      message: {
        vi: 'Danh sách tệp đính kèm phải là một mảng.',
        en: 'The list of uploaded files must be an array.',
      },
    });
    return checkMissing(documents, [], errors);
  }
  const uploads: UploadedDocument[] = [];
  for (let i = 0; i < input.length; i++) {
    if (!(i in input)) continue; // a hole (not from JSON) is skipped, as forEach did
    const entry: unknown = input[i];
    if (!isUpload(entry)) {
      errors.push({
        path: `/documents/${i}`,
        code: 'document.invalid',
        message: {
          vi: `Tệp thứ ${i + 1} thiếu mã giấy tờ, loại tệp hoặc kích thước hợp lệ.`,
          en: `File ${i + 1} lacks a valid document id, file type or size.`,
        },
      });
      continue;
    }
    const doc = documentById(documents, entry.document);
    if (doc === undefined || doc.status !== 'upload') {
      errors.push({
        path: `/documents/${i}`,
        code: 'document.unexpected',
        message: unexpected(entry.document, doc, names),
      });
      continue;
    }
    uploads.push(entry);
    if (!doc.accept.includes(entry.type)) {
      errors.push({
        path: `/documents/${i}`,
        code: 'document.type',
        message: {
          vi: `Tệp của «${doc.name.vi}» phải thuộc loại: ${doc.accept.join(', ')}.`,
          en: `The file for «${doc.name.en ?? doc.name.vi}» must be one of: ${doc.accept.join(', ')}.`,
        },
      });
    }
    if (entry.size > doc.maxBytes) {
      const mb = Math.round((doc.maxBytes / 1048576) * 10) / 10;
      errors.push({
        path: `/documents/${i}`,
        code: 'document.size',
        message: {
          vi: `Tệp của «${doc.name.vi}» không được lớn hơn ${mb} MB.`,
          en: `The file for «${doc.name.en ?? doc.name.vi}» must not exceed ${mb} MB.`,
        },
      });
    }
  }
  return checkMissing(documents, uploads, errors);
}

function documentById(documents: readonly DocumentStatus[], id: string): DocumentStatus | undefined {
  for (const d of documents) if (d.id === id) return d;
  return undefined;
}

function uploaded(uploads: readonly UploadedDocument[], id: string): boolean {
  for (const u of uploads) if (u.document === id) return true;
  return false;
}

function isUpload(entry: unknown): entry is UploadedDocument {
  return (
    isRecord(entry) &&
    typeof entry.document === 'string' &&
    typeof entry.type === 'string' &&
    typeof entry.size === 'number' &&
    Number.isSafeInteger(entry.size) &&
    entry.size >= 0
  );
}

function unexpected(
  id: string,
  doc: DocumentStatus | undefined,
  names: ReadonlyMap<string, { document: { name: { vi: string; en?: string } } }>,
) {
  if (doc === undefined) {
    const name = names.get(id)?.document.name;
    return {
      vi: `Giấy tờ «${name?.vi ?? id}» không thuộc hồ sơ của trường hợp này, không được nộp.`,
      en: `Document «${name?.en ?? name?.vi ?? id}» is not part of this dossier and must not be submitted.`,
    };
  }
  return {
    vi: `Giấy tờ «${doc.name.vi}» không cần tải lên (${doc.hint?.vi ?? 'không nộp tệp'}).`,
    en: `Document «${doc.name.en ?? doc.name.vi}» must not be uploaded (${doc.hint?.en ?? 'no file is submitted'}).`,
  };
}

function checkMissing(
  documents: readonly DocumentStatus[],
  uploads: readonly UploadedDocument[],
  errors: CoreError[],
): UploadedDocument[] {
  for (const doc of documents) {
    if (doc.status !== 'upload' || !doc.required) continue;
    if (uploaded(uploads, doc.id)) continue;
    errors.push({
      path: `/documents/${doc.id}`,
      code: 'document.missing',
      message: {
        vi: `Chưa tải lên «${doc.name.vi}» (bắt buộc).`,
        en: `«${doc.name.en ?? doc.name.vi}» is required and has not been uploaded.`,
      },
    });
  }
  return uploads as UploadedDocument[];
}
