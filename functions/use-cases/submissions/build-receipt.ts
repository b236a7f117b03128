/**
 * The receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả): what was received, when the result is
 * due, what the citizen pays and WHY (each exemption and council resolution that lowered a fee),
 * which papers the state supplied itself, and what must still be shown at the counter.
 */
import type { Channel, DossierIndicators, Message } from '../../core/types';
import type { AppDeps, Dossier, ProcedureVersion } from '../../ports/index';
import { describeFees, type ReceiptFees } from './describe-fees';
import { dossierDocuments, dossierFees, dossierIndicators } from './dossier-record';

export interface ReceiptDocument {
  id: string;
  name: { vi: string; en?: string };
  required: boolean;
}

export interface Receipt {
  code: string;
  status: string;
  procedure: { id: string; code: string; name: Message; version: number };
  agency: { id: string; name: Message };
  channel: string;
  receivedAt: string;
  dueDate: string | null;
  dueDateNote: Message;
  fees: ReceiptFees | null;
  documents: {
    uploaded: (ReceiptDocument & { files: { uploadId: string; type: string; size: number }[] })[];
    reused: (ReceiptDocument & {
      source?: string;
      sourceName?: Message;
      record?: { id: string; title?: string };
    })[];
    fetchedByAgency: (ReceiptDocument & { source?: string; sourceName?: Message })[];
    toPresent: (ReceiptDocument & { originals: number; copies: number })[];
    eForm: ReceiptDocument[];
  };
  indicators: DossierIndicators | null;
}

/** Builds the receipt of a stored dossier from the procedure version it was filed under. */
export async function buildReceipt(
  deps: AppDeps,
  dossier: Dossier,
  known?: ProcedureVersion,
): Promise<Receipt> {
  const version = known ?? (await deps.procedures.getVersion(dossier.procedureId, dossier.procedureVersion));
  const definition = version?.definition;
  const registry = deps.catalog.registry;
  const agencyId = definition?.agency ?? version?.agency ?? '';
  const agency = registry.agencies.find((candidate) => candidate.id === agencyId);
  const sourceName = (id?: string) => registry.sources.find((source) => source.id === id)?.name;
  const documents = dossierDocuments(dossier);
  const brief = (doc: (typeof documents)[number]): ReceiptDocument => ({
    id: doc.id,
    name: doc.name,
    required: doc.required,
  });
  const fees = dossierFees(dossier);
  return {
    code: dossier.code,
    status: dossier.status,
    procedure: {
      id: dossier.procedureId,
      code: definition?.code ?? '',
      name: definition?.name ?? { vi: dossier.procedureId, en: dossier.procedureId },
      version: dossier.procedureVersion,
    },
    agency: { id: agencyId, name: agency?.name ?? { vi: agencyId, en: agencyId } },
    channel: dossier.channel,
    receivedAt: dossier.receivedAt,
    dueDate: dossier.dueAt ?? null,
    dueDateNote: {
      vi: 'Ngày hẹn trả tính theo ngày làm việc (không gồm thứ Bảy, Chủ nhật); có thể lùi nếu trùng ngày nghỉ lễ.',
      en: 'The due date counts working days (Saturdays and Sundays excluded); it moves later if it falls on a public holiday.',
    },
    fees: fees ? describeFees(fees, dossier.channel as Channel) : null,
    documents: {
      uploaded: documents
        .filter((doc) => doc.files.length > 0)
        .map((doc) => ({
          ...brief(doc),
          files: doc.files.map(({ uploadId, type, size }) => ({ uploadId, type, size })),
        })),
      reused: documents
        .filter((doc) => doc.status === 'reused')
        .map((doc) => ({
          ...brief(doc),
          source: doc.source,
          sourceName: sourceName(doc.source),
          record: doc.record,
        })),
      fetchedByAgency: documents
        .filter((doc) => doc.status === 'fetch-by-agency')
        .map((doc) => ({ ...brief(doc), source: doc.source, sourceName: sourceName(doc.source) })),
      toPresent: documents
        .filter((doc) => doc.status === 'present')
        .map((doc) => ({ ...brief(doc), originals: doc.originals, copies: doc.copies })),
      eForm: documents.filter((doc) => doc.status === 'form').map(brief),
    },
    indicators: dossierIndicators(dossier),
  };
}
