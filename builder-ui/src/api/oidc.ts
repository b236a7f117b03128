/**
 * OpenID Connect sign-in for a public client in the browser: authorization code with PKCE
 * (S256). Officers sign in with Cognito's hosted UI and citizens with VNeID on AWS; locally the
 * dev IdP speaks the same protocol when `/config.json` points at it. The ID token lands in the
 * existing session store, so the rest of the app does not know how the person signed in.
 */
import { ApiError } from './client';
import { loadPublicConfig, type PublicConfig } from './public-config';
import { type CitizenPrincipal, type OfficerPrincipal, saveSession } from './session';

type Kind = 'officer' | 'citizen';

/** An identity provider the browser can send a person to. */
export interface OidcClient {
  kind: Kind;
  issuer: string;
  clientId: string;
  signInDomain?: string;
}

interface Pending {
  kind: Kind;
  state: string;
  verifier: string;
  clientId: string;
  tokenEndpoint: string;
  redirectUri: string;
  returnTo: string;
}

const pendingKey = 'tthc.oidcPending';
const errorKey = 'tthc.oidcError';

/** The provider for officers or citizens, or null when `/config.json` names none. */
export async function loadOidcClient(kind: Kind): Promise<OidcClient | null> {
  return oidcClientFrom(kind, await loadPublicConfig());
}

function oidcClientFrom(kind: Kind, config: PublicConfig): OidcClient | null {
  const issuer = kind === 'officer' ? config.officerIssuer : config.citizenIssuer;
  const clientId = kind === 'officer' ? config.officerClientId : config.citizenClientId;
  if (!issuer || !clientId) return null;
  const signInDomain = kind === 'officer' ? config.officerSignInDomain : undefined;
  return { kind, issuer: issuer.replace(/\/$/, ''), clientId, ...(signInDomain ? { signInDomain } : {}) };
}

async function endpoints(client: OidcClient): Promise<{ authorize: string; token: string }> {
  try {
    const response = await fetch(`${client.issuer}/.well-known/openid-configuration`);
    const doc = (await response.json()) as { authorization_endpoint?: string; token_endpoint?: string };
    if (doc.authorization_endpoint && doc.token_endpoint) {
      return { authorize: doc.authorization_endpoint, token: doc.token_endpoint };
    }
  } catch {
    // Falls through to the hosted UI's fixed paths below.
  }
  if (client.signInDomain) {
    const base = client.signInDomain.replace(/\/$/, '');
    return { authorize: `${base}/oauth2/authorize`, token: `${base}/oauth2/token` };
  }
  throw new ApiError(
    503,
    'oidc.discovery',
    {
      vi: 'Không kết nối được tới máy chủ đăng nhập. Vui lòng thử lại sau.',
      en: 'Could not reach the sign-in server. Please try again later.',
    },
    [],
    {},
  );
}

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomString = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** PKCE S256: BASE64URL(SHA-256(verifier)). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Sends the browser to the provider; it comes back to this origin's root with a code. */
export async function startOidcSignIn(client: OidcClient): Promise<void> {
  const { authorize, token } = await endpoints(client);
  const pending: Pending = {
    kind: client.kind,
    state: randomString(),
    verifier: randomString(),
    clientId: client.clientId,
    tokenEndpoint: token,
    // The callback URL registered with Cognito is the site's root; the route rides in returnTo.
    redirectUri: `${location.origin}/`,
    returnTo: location.hash,
  };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  sessionStorage.removeItem(errorKey);
  const url = new URL(authorize);
  url.search = new URLSearchParams({
    client_id: client.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: pending.redirectUri,
    state: pending.state,
    code_challenge: await pkceChallenge(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/**
 * On page load: when the provider sent the browser back with `?code=…&state=…` for a sign-in
 * this tab started, exchanges the code, stores the session and restores the route the person
 * was on. Failures are kept for the sign-in card to show (takeOidcError).
 */
export async function completeOidcSignIn(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const state = query.get('state');
  if (!state || !(query.has('code') || query.has('error'))) return;
  const raw = sessionStorage.getItem(pendingKey);
  const pending = raw ? (JSON.parse(raw) as Pending) : null;
  if (!pending || pending.state !== state) return;
  sessionStorage.removeItem(pendingKey);
  try {
    const code = query.get('code');
    if (!code) throw failure(query.get('error_description') ?? query.get('error') ?? '');
    const response = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: pending.redirectUri,
        client_id: pending.clientId,
        code_verifier: pending.verifier,
      }),
    });
    const body = (await response.json().catch(() => ({}))) as { id_token?: string; error?: string };
    if (!response.ok || !body.id_token) throw failure(body.error ?? `HTTP ${response.status}`);
    const claims = decodeClaims(body.id_token);
    if (pending.kind === 'officer') {
      saveSession<OfficerPrincipal>('officer', { token: body.id_token, principal: officerOf(claims) });
    } else {
      saveSession<CitizenPrincipal>('citizen', { token: body.id_token, principal: citizenOf(claims) });
    }
    sessionStorage.removeItem(errorKey);
  } catch (error) {
    const messages = error instanceof ApiError ? error.messages : failure(String(error)).messages;
    sessionStorage.setItem(errorKey, JSON.stringify({ kind: pending.kind, messages }));
  }
  history.replaceState(null, '', `${location.pathname}${pending.returnTo}`);
}

/** The last failed OIDC sign-in of this kind in this tab (kept until the next attempt). */
export function readOidcError(kind: Kind): ApiError | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(errorKey) ?? 'null') as {
      kind: Kind;
      messages: ApiError['messages'];
    } | null;
    return stored?.kind === kind ? new ApiError(401, 'oidc.failed', stored.messages, [], {}) : null;
  } catch {
    return null;
  }
}

function failure(detail: string): ApiError {
  return new ApiError(
    401,
    'oidc.failed',
    { vi: `Đăng nhập không thành công (${detail}).`, en: `Sign-in did not succeed (${detail}).` },
    [],
    {},
  );
}

type Claims = Record<string, unknown>;

/** Reads the ID token's payload for display only; the API verifies the signature on each call. */
function decodeClaims(token: string): Claims {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (ch) => ch.charCodeAt(0)))) as Claims;
}

const text = (claims: Claims, name: string): string | undefined =>
  typeof claims[name] === 'string' && claims[name] !== '' ? (claims[name] as string) : undefined;

function officerOf(claims: Claims): OfficerPrincipal {
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]) : [];
  const names = groups.filter((g): g is string => typeof g === 'string');
  const sub = text(claims, 'sub') ?? '';
  return {
    kind: 'officer',
    sub,
    name: text(claims, 'name') ?? text(claims, 'email') ?? sub,
    agency: names.find((g) => g.startsWith('agency:'))?.slice('agency:'.length) ?? '',
    roles: names.filter((g) => g.startsWith('role:')).map((g) => g.slice('role:'.length)),
  };
}

function citizenOf(claims: Claims): CitizenPrincipal {
  const personalId = text(claims, 'personal_id') ?? '';
  return {
    kind: 'citizen',
    sub: text(claims, 'sub') ?? personalId,
    personalId,
    name: text(claims, 'name') ?? personalId,
  };
}
