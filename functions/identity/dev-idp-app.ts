/**
 * HTTP face of the development IdP: a JWKS, two sign-in endpoints returning `{ token, principal }`,
 * OpenID Connect endpoints (dev-idp-oidc.ts) and a small page listing the demo users. Mounted only in local mode.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { BadRequestError } from '../errors';
import { readJson } from '../http/read-json';
import type { DevIdp } from './dev-idp';
import { devIdpScriptPath, devIdpSignInScript, devIdpStyles, devIdpStylesPath } from './dev-idp-assets';
import { createDevOidcApp, type DevOidcOptions } from './dev-idp-oidc';
import { renderSignInPage } from './dev-idp-page';

export interface DemoCitizen {
  personalId: string;
  name: string;
}

/** Routes under `/dev-idp/...`. */
export function createDevIdpApp(
  idp: DevIdp,
  demoCitizens: readonly DemoCitizen[],
  oidc: DevOidcOptions & { signInLimit?: MiddlewareHandler } = {},
): Hono {
  const app = new Hono();
  // Every way to obtain a token is rate limited (per IP) when a limit is given.
  if (oidc.signInLimit) {
    for (const path of ['/dev-idp/officers/sign-in', '/dev-idp/vneid/sign-in', '/dev-idp/token']) {
      app.use(path, oidc.signInLimit);
    }
  }
  // OpenID Connect (authorization code + PKCE), the protocol of Cognito and VNeID on AWS.
  app.route('/', createDevOidcApp(idp, demoCitizens, oidc));
  app.get('/dev-idp/.well-known/jwks.json', (c) => c.json(idp.jwks));
  app.get(devIdpStylesPath, (c) => c.body(devIdpStyles, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get(devIdpScriptPath, (c) =>
    c.body(devIdpSignInScript, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/dev-idp', (c) => c.html(renderSignInPage(idp.officers, demoCitizens)));
  app.post('/dev-idp/officers/sign-in', async (c) => {
    const body = await readJson(c);
    return c.json(await idp.signInOfficer(requireString(body, 'username')));
  });
  app.post('/dev-idp/vneid/sign-in', async (c) => {
    const body = await readJson(c);
    return c.json(await idp.signInCitizen(requireString(body, 'personalId')));
  });
  return app;
}

function requireString(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BadRequestError('request.missing-field', {
      vi: `Thiếu trường "${name}" (chuỗi ký tự).`,
      en: `The field "${name}" (a string) is required.`,
    });
  }
  return value.trim();
}
