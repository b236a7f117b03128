/**
 * The `forms` function (public): the portal's catalog read from the current release, the
 * generated form of a published procedure (prefilled for a signed-in citizen), and live quotes
 * (fees and the documents that apply, with what the signed-in citizen's records already cover).
 */
import { Hono } from 'hono';
import { compressJson } from '../../http/compress-json';
import { type AppEnv, bodyLimit, notFound, onError, optionalCitizen, readJson } from '../../http/index';
import { rateLimit } from '../../http/rate-limit';
import type { AppDeps } from '../../ports/index';
import { getCatalogProcedure } from '../../use-cases/forms/get-catalog-procedure';
import { getForm } from '../../use-cases/forms/get-form';
import { parseAnswers, parseChannel, parseOptionalDate } from '../../use-cases/forms/parse-request';
import { quoteProcedureFees } from '../../use-cases/forms/quote-fees';
import { searchCatalog } from '../../use-cases/forms/search-catalog';
import { parseCatalogQuery } from './catalog-query';

/** Builds the forms app; routes carry their full paths so Lambda and the local server agree. */
export function createFormsApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(notFound);
  app.use('/api/forms/*', bodyLimit(deps.limits.maxBodyBytes));
  // Paths, not '*': mounted at '/' in the local app, a '*' middleware would reach every other app.
  // ('/api/catalog/*' also matches '/api/catalog'.)
  for (const path of ['/api/catalog/*', '/api/forms/*']) app.use(path, compressJson());

  app.get('/api/catalog', async (c) => c.json(await searchCatalog(deps, parseCatalogQuery(c.req.query()))));

  app.get('/api/catalog/procedures/:id', async (c) =>
    c.json(await getCatalogProcedure(deps, c.req.param('id'))),
  );

  app.get('/api/forms/:procedureId', optionalCitizen(deps), async (c) => {
    const form = await getForm(deps, {
      procedureId: c.req.param('procedureId'),
      channel: parseChannel(c.req.query('channel') ?? 'online'),
      date: parseOptionalDate(c.req.query('date')),
      personalId: c.get('principal')?.personalId,
    });
    // A prefilled form carries personal data: never let a shared cache keep it.
    c.header('cache-control', 'private, no-store');
    return c.json(form);
  });

  // Quotes are open to anyone: limited per IP, and per citizen when signed in.
  app.post('/api/forms/:procedureId/quote', optionalCitizen(deps), rateLimit(deps, 'quote'), async (c) => {
    const body = await readJson(c);
    const personalId = c.get('principal')?.personalId;
    const quote = await quoteProcedureFees(deps, {
      procedureId: c.req.param('procedureId'),
      channel: parseChannel(body.channel ?? 'online'),
      answers: parseAnswers(body.answers),
      date: parseOptionalDate(typeof body.date === 'string' ? body.date : undefined),
      personalId,
    });
    // Documents resolved against a citizen's records are personal data: no shared cache may keep them.
    if (personalId !== undefined) c.header('cache-control', 'private, no-store');
    return c.json(quote);
  });

  return app;
}
