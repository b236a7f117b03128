/**
 * The development IdP speaking OpenID Connect's authorization-code flow with PKCE (S256) for
 * public clients — the protocol Cognito's hosted UI and VNeID speak on AWS — so the browser's
 * OIDC sign-in runs for real in local mode. Client `builder` signs in officers, `portal` citizens;
 * the id_token is the same JWT the direct sign-in routes issue.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Message } from '../core/types';
import type { DevIdp } from './dev-idp';
import type { DemoCitizen } from './dev-idp-app';
import { type PickableAccount, renderAuthorizeError, renderAuthorizePage } from './dev-idp-authorize-page';

/** How long an authorization code may wait for its exchange. */
export const codeLifetimeMs = 60_000;
const idTokenLifetimeSeconds = 8 * 3600;

type Kind = 'officer' | 'citizen';
/** The two public clients of local mode and whom each signs in. */
export const devClients: Record<string, Kind> = { builder: 'officer', portal: 'citizen' };

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  kind: Kind;
  account: string;
  expiresAt: number;
}

export interface DevOidcOptions {
  /** Clock in milliseconds (tests move it to expire codes). */
  now?: () => number;
  /**
   * The origins this IdP is served on (configured by `npm start` once it listens, e.g.
   * `http://127.0.0.1:8787` and `http://localhost:8787`). Discovery URLs and allowed redirects are
   * built from these, never from the Host header, which any client sets: a request whose Host is not
   * one of them is served as the first. Default: `http://localhost` (hono's `app.request`).
   */
  origins?: () => readonly string[];
}

/** Routes `/dev-idp/.well-known/openid-configuration`, `/dev-idp/authorize`, `/dev-idp/token`. */
export function createDevOidcApp(
  idp: DevIdp,
  citizens: readonly DemoCitizen[],
  options: DevOidcOptions = {},
): Hono {
  const now = options.now ?? Date.now;
  const origins = options.origins ?? (() => ['http://localhost']);
  /** The configured origin the request came to; the Host header only picks among trusted values. */
  const originOf = (c: Context): string => {
    const trusted = origins();
    const asked = new URL(c.req.url).origin;
    return trusted.includes(asked) ? asked : (trusted[0] ?? 'http://localhost');
  };
  const codes = new Map<string, PendingCode>();
  const app = new Hono();

  app.get('/dev-idp/.well-known/openid-configuration', (c) => {
    const base = `${originOf(c)}/dev-idp`;
    return c.json({
      issuer: base,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/.well-known/jwks.json`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      scopes_supported: ['openid'],
    });
  });

  const accountsOf = (kind: Kind): PickableAccount[] =>
    kind === 'officer'
      ? idp.officers.map((o) => ({
          id: o.username,
          label: `${o.name} — ${o.agency} (${o.roles.join(', ')})`,
        }))
      : citizens.map((p) => ({ id: p.personalId, label: p.name }));

  const authorize = async (c: Context, params: Record<string, string>) => {
    const checked = checkAuthorizeRequest(params, originOf(c));
    if ('problem' in checked) return c.html(renderAuthorizeError(checked.problem), 400);
    const { kind } = checked;
    const account = params.account;
    if (account === undefined) {
      const heading: Message =
        kind === 'officer'
          ? { vi: 'Đăng nhập cán bộ', en: 'Officer sign-in' }
          : { vi: 'Đăng nhập bằng VNeID (giả lập)', en: 'Sign in with VNeID (stand-in)' };
      const { account: _none, ...request } = params;
      return c.html(renderAuthorizePage({ heading, accounts: accountsOf(kind), params: request }));
    }
    if (!accountsOf(kind).some((a) => a.id === account)) {
      return c.html(
        renderAuthorizeError({
          vi: `Không có tài khoản thử nghiệm "${account}".`,
          en: `There is no demo account "${account}".`,
        }),
        400,
      );
    }
    const code = randomBytes(32).toString('base64url');
    codes.set(code, {
      clientId: params.client_id as string,
      redirectUri: params.redirect_uri as string,
      challenge: params.code_challenge as string,
      kind,
      account,
      expiresAt: now() + codeLifetimeMs,
    });
    const target = new URL(params.redirect_uri as string);
    target.searchParams.set('code', code);
    target.searchParams.set('state', params.state as string);
    return c.redirect(target.toString(), 302);
  };

  app.get('/dev-idp/authorize', (c) => authorize(c, c.req.query()));
  app.post('/dev-idp/authorize', async (c) => authorize(c, await formParams(c)));

  app.post('/dev-idp/token', async (c) => {
    c.header('cache-control', 'no-store');
    const params = await formParams(c);
    const fail = (error: string, message: Message) =>
      c.json({ error, error_description: message.en, message }, 400);
    if (params.grant_type !== 'authorization_code') {
      return fail('unsupported_grant_type', {
        vi: 'Chỉ hỗ trợ grant_type=authorization_code.',
        en: 'Only grant_type=authorization_code is supported.',
      });
    }
    const pending = params.code ? codes.get(params.code) : undefined;
    // Single use: a code is gone once presented, whether the exchange succeeds or not.
    if (params.code) codes.delete(params.code);
    if (!pending) {
      return fail('invalid_grant', {
        vi: 'Mã cấp quyền không tồn tại hoặc đã được dùng.',
        en: 'The authorization code is unknown or was already used.',
      });
    }
    if (now() > pending.expiresAt) {
      return fail('invalid_grant', {
        vi: 'Mã cấp quyền đã hết hạn.',
        en: 'The authorization code has expired.',
      });
    }
    if (params.client_id !== pending.clientId || params.redirect_uri !== pending.redirectUri) {
      return fail('invalid_grant', {
        vi: 'client_id hoặc redirect_uri không khớp với yêu cầu đăng nhập.',
        en: 'client_id or redirect_uri does not match the authorization request.',
      });
    }
    if (!params.code_verifier || s256(params.code_verifier) !== pending.challenge) {
      return fail('invalid_grant', {
        vi: 'code_verifier không khớp với code_challenge.',
        en: 'code_verifier does not match the code_challenge.',
      });
    }
    const signedIn =
      pending.kind === 'officer'
        ? await idp.signInOfficer(pending.account)
        : await idp.signInCitizen(pending.account);
    return c.json({
      id_token: signedIn.token,
      access_token: signedIn.token,
      token_type: 'Bearer',
      expires_in: idTokenLifetimeSeconds,
    });
  });
  return app;
}

/** BASE64URL(SHA-256(verifier)), RFC 7636 §4.2. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function checkAuthorizeRequest(
  params: Record<string, string>,
  origin: string,
): { kind: Kind } | { problem: Message } {
  const kind = params.client_id ? devClients[params.client_id] : undefined;
  if (!kind) {
    return {
      problem: {
        vi: `client_id "${params.client_id ?? ''}" không được đăng ký (dùng "builder" hoặc "portal").`,
        en: `client_id "${params.client_id ?? ''}" is not registered (use "builder" or "portal").`,
      },
    };
  }
  let redirect: URL | undefined;
  try {
    redirect = params.redirect_uri ? new URL(params.redirect_uri) : undefined;
  } catch {
    redirect = undefined;
  }
  if (!redirect || redirect.origin !== origin || redirect.hash !== '') {
    return {
      problem: {
        vi: `redirect_uri phải là một địa chỉ trên cùng máy chủ ${origin} (không có phần #).`,
        en: `redirect_uri must be an address on this same origin ${origin} (without a # fragment).`,
      },
    };
  }
  if (params.response_type !== 'code') {
    return { problem: { vi: 'response_type phải là "code".', en: 'response_type must be "code".' } };
  }
  if (params.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(params.code_challenge ?? '')) {
    return {
      problem: {
        vi: 'Cần code_challenge (PKCE) với code_challenge_method=S256.',
        en: 'A PKCE code_challenge with code_challenge_method=S256 is required.',
      },
    };
  }
  if (!params.state) {
    return { problem: { vi: 'Thiếu tham số state.', en: 'The state parameter is missing.' } };
  }
  return { kind };
}

async function formParams(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody().catch(() => ({}));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') out[name] = value;
  return out;
}
