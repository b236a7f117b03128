/**
 * Runs the live check of the draft in a Web Worker (check-worker.ts) so typing and the preview
 * never wait for it. At most one check runs at a time; edits made meanwhile are coalesced into one
 * check of the latest draft, so the result always catches up with what is on screen.
 */
import { useEffect, useRef, useState } from 'react';
import type { Procedure } from '../../../../functions/core/types';
import { runLiveCheck } from './check-worker';
import type { LiveCheckRequest, LiveCheckResult } from './live-check-result';

export type LiveCheck = Omit<LiveCheckResult, 'seq'>;

export function useLiveCheck(draft: Procedure | null): LiveCheck | null {
  const [result, setResult] = useState<LiveCheck | null>(null);
  const state = useRef<{
    worker: Worker | null;
    busy: boolean;
    pending: LiveCheckRequest | null;
    seq: number;
  }>({ worker: null, busy: false, pending: null, seq: 0 });

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const s = state.current;
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    s.worker = worker;
    worker.onmessage = (event: MessageEvent<LiveCheckResult>) => {
      const { seq: _seq, ...check } = event.data;
      setResult(check);
      s.busy = false;
      if (s.pending) {
        worker.postMessage(s.pending);
        s.busy = true;
        s.pending = null;
      }
    };
    return () => {
      worker.terminate();
      s.worker = null;
      s.busy = false;
      s.pending = null;
    };
  }, []);

  useEffect(() => {
    if (!draft) return;
    const s = state.current;
    const request: LiveCheckRequest = { seq: ++s.seq, definition: draft };
    if (!s.worker) {
      // No worker (an old browser): check on this thread, after the frame showing the edit.
      const timer = setTimeout(() => setResult(runLiveCheck(draft)), 0);
      return () => clearTimeout(timer);
    }
    if (s.busy) s.pending = request;
    else {
      s.worker.postMessage(request);
      s.busy = true;
    }
  }, [draft]);

  return result;
}
