/**
 * Signed-in identities of this browser: one citizen (portal) and one officer (builder), kept
 * apart because a shared computer at the commune office may have both. Tokens are short-lived
 * JWTs from the identity provider; the same storage keys as the dev sign-in page.
 */
import { useEffect, useSyncExternalStore } from 'react';

export interface CitizenPrincipal {
  kind: 'citizen';
  sub: string;
  personalId: string;
  name: string;
}

export interface OfficerPrincipal {
  kind: 'officer';
  sub: string;
  name: string;
  agency: string;
  roles: string[];
}

export interface Session<P> {
  token: string;
  principal: P;
}

type Kind = 'citizen' | 'officer';
const keys: Record<Kind, string> = { citizen: 'tthc.citizenSession', officer: 'tthc.officerSession' };
const listeners = new Set<() => void>();
const cache = new Map<Kind, { raw: string | null; value: unknown }>();

function read<P>(kind: Kind): Session<P> | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(keys[kind]);
  } catch {
    raw = null;
  }
  // useSyncExternalStore needs a stable snapshot: parse only when the stored text changed.
  const hit = cache.get(kind);
  if (hit && hit.raw === raw) return hit.value as Session<P> | null;
  let value: Session<P> | null = null;
  try {
    value = raw ? (JSON.parse(raw) as Session<P>) : null;
  } catch {
    value = null;
  }
  cache.set(kind, { raw, value });
  return value;
}

/** Stores (or clears, with null) the session of one kind and tells the pages. */
export function saveSession<P>(kind: Kind, session: Session<P> | null): void {
  try {
    if (session) localStorage.setItem(keys[kind], JSON.stringify(session));
    else localStorage.removeItem(keys[kind]);
  } catch {
    // Storage disabled: the session lasts until the page reloads.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The signed-in citizen, re-rendering when it changes. */
export function useCitizenSession(): Session<CitizenPrincipal> | null {
  return useSyncExternalStore(subscribe, () => read<CitizenPrincipal>('citizen'));
}

/** The signed-in officer, re-rendering when it changes. */
export function useOfficerSession(): Session<OfficerPrincipal> | null {
  return useSyncExternalStore(subscribe, () => read<OfficerPrincipal>('officer'));
}

/**
 * Signs out when the API says the token is no longer valid (401), so the page shows the sign-in
 * card again instead of a dead end.
 */
export function useSignOutOnExpiry(kind: Kind, error: unknown): void {
  const expired = !!error && typeof error === 'object' && (error as { status?: unknown }).status === 401;
  useEffect(() => {
    if (expired) saveSession(kind, null);
  }, [kind, expired]);
}
