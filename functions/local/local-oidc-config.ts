/**
 * `/config.json` for local mode with LOCAL_OIDC=1: points the builder and the portal at the dev
 * IdP's OpenID Connect endpoints, so sign-in takes the same redirect path as on AWS (Cognito
 * hosted UI, VNeID). Without it no config is served and the pages keep the demo pickers.
 */
import { Hono } from 'hono';

/** The route; issuers follow the origin the page was loaded from. */
export function localOidcConfig(): Hono {
  const app = new Hono();
  app.get('/config.json', (c) => {
    const issuer = `${new URL(c.req.url).origin}/dev-idp`;
    c.header('cache-control', 'no-store');
    return c.json({
      apiBaseUrl: '/api',
      officerIssuer: issuer,
      officerClientId: 'builder',
      citizenIssuer: issuer,
      citizenClientId: 'portal',
    });
  });
  return app;
}
