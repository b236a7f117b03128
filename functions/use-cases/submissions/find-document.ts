/** Looks up a document definition of a procedure and the file limits it sets. */
import type { Document } from '../../core/format/generated/procedure';
import type { ProcedureVersion } from '../../ports/index';

/** Types accepted when a document does not list its own (catalogs/README.md). */
export const DEFAULT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'];
/** 10 MiB, the format's default per-file limit. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DocumentRules {
  document: Document;
  accept: string[];
  maxBytes: number;
}

/** The document with this id in any case of the procedure, with its effective accept list and size limit. */
export function findDocument(
  version: ProcedureVersion,
  documentId: string,
  maxUploadBytes: number,
): DocumentRules | null {
  for (const documentCase of version.definition.documentCases) {
    const document = documentCase.documents.find((candidate) => candidate.id === documentId);
    if (document) {
      return {
        document,
        accept: document.accept ?? DEFAULT_ACCEPT,
        maxBytes: Math.min(document.maxBytes ?? DEFAULT_MAX_BYTES, maxUploadBytes),
      };
    }
  }
  return null;
}
