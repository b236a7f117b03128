/**
 * Hash routing: the static server only needs to serve index.html at `/`, and links work when
 * the page is opened from a saved bookmark on a phone.
 */
import { useSyncExternalStore } from 'react';

/** The current route as path segments, e.g. `#/thu-tuc/khai-sinh` → ['thu-tuc', 'khai-sinh']. */
export function useRoute(): string[] {
  const hash = useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => window.location.hash,
  );
  return hash
    .replace(/^#\/?/, '')
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
}

/** Query parameters after `?` in the hash. */
export function routeQuery(): URLSearchParams {
  const hash = window.location.hash;
  const i = hash.indexOf('?');
  return new URLSearchParams(i >= 0 ? hash.slice(i + 1) : '');
}

/** Builds a link target from segments, encoding each. */
export function href(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

/** Navigates within the app. */
export function go(...segments: string[]): void {
  window.location.hash = href(...segments);
}
