import type { CompiledProcedure } from '../compile/compiled-procedure';
import type { Channel, DocumentStatus, DossierIndicators, FeeQuote, UploadedDocument } from '../types';

const CHANNEL_CODES = { 'in-person': 1, online: 2, postal: 3 } as const;

/**
 * The per-dossier flags of Decision 766/QĐ-TTg. Components are the applicable documents;
 * a component is digitised when it has an uploaded file or is an electronic record reused from a
 * source (e-form documents filed online count too: the form is the electronic component).
 */
export function dossierIndicators(
  compiled: CompiledProcedure,
  channel: Channel,
  documents: readonly DocumentStatus[],
  uploads: readonly UploadedDocument[],
  fees: FeeQuote,
): DossierIndicators {
  let reused = 0;
  let digitised = 0;
  for (const d of documents) {
    if (d.status === 'reused') {
      reused++;
      digitised++;
    } else if (d.status === 'form' || uploads.some((u) => u.document === d.id)) {
      digitised++;
    }
  }
  return {
    channelCode: CHANNEL_CODES[channel],
    online: channel === 'online',
    componentsTotal: documents.length,
    componentsReused: reused,
    componentsDigitised: digitised,
    anyReused: reused > 0,
    feePayable: fees.lines.some((l) => l.amount > 0),
    electronicResult: compiled.procedure.result.forms.includes('electronic'),
  };
}
