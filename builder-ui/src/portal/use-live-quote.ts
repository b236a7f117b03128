/**
 * The filing page's fees and documents follow the answers: which papers apply depends on them
 * (e.g. "no birth certificate" asks for a witness statement instead), and so does whether the state
 * already holds each one. Only the server may read the citizen's records, so every (debounced)
 * change asks it once for both the fee quote and the documents, resolved for the signed-in citizen.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentStatus, FeeQuote } from '../../../functions/core/types';
import { api } from '../api/client';

/** What `POST /api/forms/:id/quote` answers. */
export interface LiveQuote {
  fees: FeeQuote;
  documents: DocumentStatus[];
}

type QuoteResponse = FeeQuote & { documents: DocumentStatus[] };

/** Waits this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 400;

/**
 * Fees and documents for the current `answers`, starting from what the form endpoint returned.
 * A failed call keeps the last answer (the server checks everything again on submit); answers to
 * superseded requests are dropped so a slow reply never overwrites a newer one.
 */
export function useLiveQuote(
  procedureId: string,
  token: string,
  answers: Record<string, unknown>,
  initial: LiveQuote,
): LiveQuote {
  const [live, setLive] = useState<LiveQuote>(initial);
  const asked = useRef(false);
  useEffect(() => {
    let current = true;
    // The first call is not debounced: the page's defaults may already switch a document on.
    const timer = setTimeout(
      () => {
        api<QuoteResponse>(`/api/forms/${encodeURIComponent(procedureId)}/quote`, {
          token,
          body: { channel: 'online', answers },
        }).then(
          ({ documents, ...fees }) => {
            if (current) setLive({ fees, documents });
          },
          () => {},
        );
      },
      asked.current ? DEBOUNCE_MS : 0,
    );
    asked.current = true;
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [procedureId, token, answers]);
  return live;
}
