/** Routes on templates: what a new procedure may be copied from. */
import { Hono } from 'hono';
import type { OfficerEnv } from '../../http/variables';
import type { AppDeps } from '../../ports';
import { getTemplate } from '../../use-cases/admin/get-template';
import { listTemplates } from '../../use-cases/admin/list-templates';

/** Mounted at `/api/admin/templates`. */
export function templateRoutes(deps: AppDeps) {
  return new Hono<OfficerEnv>()
    .get('/', async (c) => c.json({ templates: await listTemplates(deps, c.get('principal')) }))
    .get('/:id', async (c) => c.json(await getTemplate(deps, c.get('principal'), c.req.param('id'))));
}
