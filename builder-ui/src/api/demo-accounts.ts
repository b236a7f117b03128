/**
 * The demo users of the local identity provider. It publishes them only as its sign-in page
 * (`GET /dev-idp`), so the page's buttons are read here; on AWS there is no such page and the
 * sign-in forms fall back to typing an id.
 */
import { api } from './client';

export interface DemoAccount {
  id: string;
  label: string;
}

export interface DemoAccounts {
  officers: DemoAccount[];
  citizens: DemoAccount[];
}

/** Lists demo officers and citizens; empty lists when the local IdP is not there. */
export async function loadDemoAccounts(): Promise<DemoAccounts> {
  try {
    const response = await fetch('/dev-idp', { headers: { accept: 'text/html' } });
    if (!response.ok) return { officers: [], citizens: [] };
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const pick = (kind: string): DemoAccount[] =>
      Array.from(doc.querySelectorAll<HTMLButtonElement>(`button[data-kind="${kind}"]`)).map((button) => {
        const id = button.dataset.id ?? '';
        const rest = (button.parentElement?.textContent ?? '').replace(id, '').trim();
        return { id, label: rest || id };
      });
    return { officers: pick('officers'), citizens: pick('vneid') };
  } catch {
    return { officers: [], citizens: [] };
  }
}

/** Signs in through the local identity provider; returns `{ token, principal }`. */
export async function devSignIn<P>(
  kind: 'officers' | 'vneid',
  id: string,
): Promise<{ token: string; principal: P }> {
  const body = kind === 'officers' ? { username: id } : { personalId: id };
  return api<{ token: string; principal: P }>(`/dev-idp/${kind}/sign-in`, { body });
}
