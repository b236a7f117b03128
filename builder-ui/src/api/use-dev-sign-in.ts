/**
 * Signing in with the development identity provider (local mode): one hook for the officers'
 * and the citizens' sign-in cards, which differ only in who signs in.
 */
import { useState } from 'react';
import { devSignIn } from './demo-accounts';
import { type CitizenPrincipal, type OfficerPrincipal, saveSession } from './session';

/** `signIn(id)` stores the session on success; `error` holds the failure to show. */
export function useDevSignIn(kind: 'officer' | 'citizen') {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const signIn = async (id: string) => {
    setBusy(true);
    setError(null);
    try {
      if (kind === 'officer') saveSession(kind, await devSignIn<OfficerPrincipal>('officers', id));
      else saveSession(kind, await devSignIn<CitizenPrincipal>('vneid', id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, signIn };
}
