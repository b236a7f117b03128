/** What a stored dossier holds beyond the port's generic fields (typed views of `documents`, `fees`…). */
import type { DocumentStatus, DossierIndicators, FeeQuote } from '../../core/types';
import type { Dossier } from '../../ports/index';

/** A stored file of a dossier document (a confirmed upload). */
export interface DossierFile {
  uploadId: string;
  key: string;
  type: string;
  size: number;
}

/** The core's status of a document at filing time, with the files that satisfied it. */
export interface DossierDocument extends DocumentStatus {
  files: DossierFile[];
}

/** Typed accessors: the port keeps these fields `unknown` so adapters stay schema-agnostic. */
export function dossierDocuments(dossier: Dossier): DossierDocument[] {
  return dossier.documents as DossierDocument[];
}

export function dossierFees(dossier: Dossier): FeeQuote | null {
  return (dossier.fees as FeeQuote | null) ?? null;
}

export function dossierIndicators(dossier: Dossier): DossierIndicators | null {
  return (dossier.indicators as DossierIndicators | null) ?? null;
}
