/**
 * What the catalog checks report. Checks are pure: they see parsed objects, not files, so a problem
 * names its subject (the registry, the n-th procedure, the n-th policy) and a JSON pointer inside it;
 * the node-side loader maps that to a file, line and column.
 */
import type { Message } from '../types';

export type Severity = 'error' | 'warning';

/** Which object a pointer is relative to. Indexes are into the arrays given to checkCatalog. */
export type CatalogSubject =
  | { kind: 'registry' }
  | { kind: 'procedure'; index: number }
  | { kind: 'policy'; index: number }
  /** A whole file as parsed (format checks, before the file was split into policies). */
  | { kind: 'document' };

export interface CatalogProblem {
  severity: Severity;
  /** Stable, dotted code such as `fee.category.unknown`; tests and tools key on it. */
  code: string;
  subject: CatalogSubject;
  /** JSON pointer inside the subject ('' = the whole subject). */
  pointer: string;
  message: Message;
}

/** Builds problems for one subject, so each check reads as a list of findings. */
export function problemsFor(subject: CatalogSubject) {
  const found: CatalogProblem[] = [];
  const add = (severity: Severity) => (code: string, pointer: string, message: Message) => {
    found.push({ severity, code, subject, pointer, message });
  };
  return { found, error: add('error'), warning: add('warning') };
}

/** Quotes a value for a message: «x» in Vietnamese, "x" in English. */
export const q = {
  vi: (value: unknown) => `«${String(value)}»`,
  en: (value: unknown) => `"${String(value)}"`,
};
