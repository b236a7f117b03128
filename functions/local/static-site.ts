/**
 * Serves the built builder/portal (builder-ui/dist) in local mode. Unknown non-API paths fall
 * back to index.html so the single-page app's deep links work on reload.
 */
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Routes for the static site rooted at `dist` (an absolute path). */
export function staticSite(dist: string): Hono {
  const site = new Hono();
  site.get('*', serveStatic({ root: dist }));
  site.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/dev-idp/')) return next();
    return serveStatic({ path: join(dist, 'index.html') })(c, next);
  });
  return site;
}
