/** Routes on procedures as a whole: list, create, read, new version, retire, diff, audit. */
import { Hono } from 'hono';
import { readJson } from '../../http/read-json';
import type { OfficerEnv } from '../../http/variables';
import type { AppDeps } from '../../ports';
import { createDraft } from '../../use-cases/admin/create-draft';
import { createNextVersion } from '../../use-cases/admin/create-next-version';
import { diffVersions } from '../../use-cases/admin/diff-versions';
import { getProcedure } from '../../use-cases/admin/get-procedure';
import { listAudit } from '../../use-cases/admin/list-audit';
import { listProcedures } from '../../use-cases/admin/list-procedures';
import { retireProcedure } from '../../use-cases/admin/retire-procedure';
import { optionalJson, queryValue, statusParam } from './params';
import { versionResponse } from './present';

/** Mounted at `/api/admin/procedures`. */
export function procedureRoutes(deps: AppDeps) {
  return new Hono<OfficerEnv>()
    .get('/', async (c) => {
      const procedures = await listProcedures(deps, c.get('principal'), {
        agency: queryValue(c, 'agency'),
        field: queryValue(c, 'field'),
        level: queryValue(c, 'level'),
        onlineLevel: queryValue(c, 'onlineLevel'),
        status: statusParam(queryValue(c, 'status')),
        q: queryValue(c, 'q'),
      });
      return c.json({ procedures, count: procedures.length });
    })
    .post('/', async (c) => {
      const result = await createDraft(deps, c.get('principal'), await readJson(c));
      c.header('Location', `/api/admin/procedures/${result.head.procedureId}/versions/1`);
      return versionResponse(c, result, 201);
    })
    .get('/:id', async (c) => c.json(await getProcedure(deps, c.get('principal'), c.req.param('id'))))
    .post('/:id/versions', async (c) => {
      const result = await createNextVersion(deps, c.get('principal'), { procedureId: c.req.param('id') });
      c.header(
        'Location',
        `/api/admin/procedures/${result.head.procedureId}/versions/${result.version.version}`,
      );
      return versionResponse(c, result, 201);
    })
    .post('/:id/retire', async (c) => {
      const body = await optionalJson(c);
      const reason = typeof body.reason === 'string' ? body.reason.slice(0, 2000) : undefined;
      return versionResponse(
        c,
        await retireProcedure(deps, c.get('principal'), { procedureId: c.req.param('id'), reason }),
      );
    })
    .get('/:id/diff', async (c) =>
      c.json(
        await diffVersions(deps, c.get('principal'), {
          procedureId: c.req.param('id'),
          from: c.req.query('from'),
          to: c.req.query('to'),
        }),
      ),
    )
    .get('/:id/audit', async (c) => {
      const entries = await listAudit(deps, c.get('principal'), c.req.param('id'));
      return c.json({ entries });
    });
}
