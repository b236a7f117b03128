/**
 * Which documents apply changes with the answers (e.g. "no birth certificate" asks for a witness
 * statement instead). The server resolved reuse for the signed-in citizen once, for the answers
 * it prefilled; here the browser re-runs the same core over the published definition as the
 * citizen types, and keeps the server's reuse result for every document it already judged.
 */
import { useEffect, useMemo, useState } from 'react';
import { type CompiledProcedure, compileProcedure, resolveReuse } from '../../../functions/core/index';
import type { DocumentStatus } from '../../../functions/core/types';
import { catalogContext } from '../catalog-context';
import { loadPublishedProcedure } from './published-procedure';

/** Loads and compiles the published definition; null while loading or when it cannot compile. */
function useCompiled(procedureId: string, schema: Record<string, unknown>): CompiledProcedure | null {
  const [compiled, setCompiled] = useState<CompiledProcedure | null>(null);
  useEffect(() => {
    let live = true;
    loadPublishedProcedure(procedureId)
      .then(({ procedure }) => {
        // The release leaves the form out of the detail; the form endpoint gave us its schema.
        const definition = { ...procedure, form: { schema } };
        if (live) setCompiled(compileProcedure(definition, catalogContext));
      })
      .catch(() => {
        // Without it the server's list stands; the server still checks everything on submit.
      });
    return () => {
      live = false;
    };
  }, [procedureId, schema]);
  return compiled;
}

/**
 * A document as shown on the filing page. `reuseUnknown`: it became applicable after the server
 * judged reuse, and the state may hold it (`reuseSources`); the server decides on submit.
 */
export type LiveDocument = DocumentStatus & { reuseUnknown?: boolean; reuseSources?: string[] };

/** The documents that apply to `answers`, with the server's statuses where it gave one. */
export function useLiveDocuments(
  procedureId: string,
  schema: Record<string, unknown>,
  serverDocuments: DocumentStatus[],
  answers: Record<string, unknown>,
  date: string,
): LiveDocument[] {
  const compiled = useCompiled(procedureId, schema);
  return useMemo(() => {
    if (!compiled) return serverDocuments;
    try {
      const known = new Map(serverDocuments.map((d) => [d.id, d]));
      return resolveReuse(compiled, answers, 'online', date).documents.map((d): LiveDocument => {
        const judged = known.get(d.id);
        if (judged) return judged;
        const rules = compiled.documents.get(d.id)?.document.reuse ?? [];
        return rules.length > 0 && d.status === 'upload'
          ? { ...d, reuseUnknown: true, reuseSources: [...new Set(rules.map((r) => r.source))] }
          : d;
      });
    } catch {
      return serverDocuments;
    }
  }, [compiled, serverDocuments, answers, date]);
}
