/**
 * Routes of fee policies (`/api/admin/policies`) and registry data (`/api/admin/registry`):
 * drafts, the review workflow, diff and audit. Every version answer carries the review view —
 * the impact table of a policy, or what a registry change would break — so the approver sees it.
 */
import { Hono } from 'hono';
import { BadRequestError } from '../../errors';
import { readJson } from '../../http/read-json';
import type { OfficerEnv } from '../../http/variables';
import type { AppDeps, CatalogDocHead, CatalogDocKind, CatalogDocVersion } from '../../ports';
import { approveDoc } from '../../use-cases/catalog-data/approve-doc';
import { diffDocs } from '../../use-cases/catalog-data/diff-docs';
import { docAudit } from '../../use-cases/catalog-data/doc-audit';
import { listDocs } from '../../use-cases/catalog-data/list-docs';
import { loadDocHead, loadDocVersion } from '../../use-cases/catalog-data/load-doc';
import { publishDoc } from '../../use-cases/catalog-data/publish-doc';
import { reviewView } from '../../use-cases/catalog-data/review-view';
import { saveDocDraft } from '../../use-cases/catalog-data/save-doc-draft';
import { sendBackDoc } from '../../use-cases/catalog-data/send-back-doc';
import { submitDoc } from '../../use-cases/catalog-data/submit-doc';
import type { PublishRunner } from '../../use-cases/publish/publish-job';
import { optionalJson, queryValue, versionParam } from './params';

type Ctx = {
  req: { param: (name: string) => string | undefined; header: (n: string) => string | undefined };
};

/**
 * Mounted at `/api/admin/policies` (kind policy) and `/api/admin/registry` (kind registry).
 * `runner` runs the release build of a publish on a large catalog (publish-doc.ts).
 */
export function catalogDocRoutes(deps: AppDeps, kind: CatalogDocKind, runner: PublishRunner) {
  const target = (c: Ctx) => ({
    kind,
    id: c.req.param('id') ?? '',
    version: versionParam(c.req.param('version') ?? ''),
    ifMatch: c.req.header('if-match'),
  });
  const answer = async (
    c: { header: (k: string, v: string) => void; json: (v: unknown, s?: 200 | 201) => Response },
    result: { head: CatalogDocHead; version: CatalogDocVersion; release?: unknown },
    status: 200 | 201 = 200,
  ) => {
    c.header('ETag', `"${result.version.revision}"`);
    return c.json({ ...result, ...(await reviewView(deps, result.version)) }, status);
  };
  const draftInput = (body: Record<string, unknown>, id?: string) => {
    const doc = body[kind];
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new BadRequestError(`${kind}.body-missing`, {
        vi: `Thân yêu cầu cần trường "${kind}" là một đối tượng JSON.`,
        en: `The request body needs a "${kind}" JSON object.`,
      });
    }
    const record = doc as Record<string, unknown>;
    const docId = kind === 'registry' ? 'registry' : (id ?? String(record.id ?? ''));
    return {
      kind,
      id: docId,
      jurisdiction: typeof body.jurisdiction === 'string' ? body.jurisdiction : '',
      body: record,
    };
  };
  return new Hono<OfficerEnv>()
    .get('/', async (c) => c.json(await listDocs(deps, kind, queryValue(c, 'jurisdiction'))))
    .post('/', async (c) => {
      const result = await saveDocDraft(deps, c.get('principal'), draftInput(await readJson(c)));
      return answer(c, result, result.created ? 201 : 200);
    })
    .get('/:id', async (c) => {
      const head = await loadDocHead(deps, c.get('principal'), kind, c.req.param('id'));
      const versions = await deps.catalogDocs.listVersions(kind, head.id);
      return c.json({
        head,
        versions: versions
          .filter((v) => v.version <= head.latestVersion)
          .map(({ body: _body, ...rest }) => rest),
      });
    })
    .put('/:id', async (c) => {
      const input = {
        ...draftInput(await readJson(c), c.req.param('id')),
        ifMatch: c.req.header('if-match'),
      };
      const result = await saveDocDraft(deps, c.get('principal'), input);
      return answer(c, result, result.created ? 201 : 200);
    })
    .get('/:id/diff', async (c) =>
      c.json(
        await diffDocs(deps, c.get('principal'), {
          kind,
          id: c.req.param('id'),
          from: c.req.query('from'),
          to: c.req.query('to'),
        }),
      ),
    )
    .get('/:id/audit', async (c) =>
      c.json({ entries: await docAudit(deps, c.get('principal'), kind, c.req.param('id')) }),
    )
    .get('/:id/versions/:version', async (c) => {
      const t = target(c);
      return answer(c, await loadDocVersion(deps, c.get('principal'), kind, t.id, t.version));
    })
    .post('/:id/versions/:version/submit', async (c) => {
      await optionalJson(c);
      return answer(c, await submitDoc(deps, c.get('principal'), target(c)));
    })
    .post('/:id/versions/:version/approve', async (c) => {
      const body = await optionalJson(c);
      const comment =
        typeof body.comment === 'string' && body.comment.trim() !== '' ? body.comment.trim() : undefined;
      return answer(c, await approveDoc(deps, c.get('principal'), { ...target(c), comment }));
    })
    .post('/:id/versions/:version/send-back', async (c) => {
      const body = await readJson(c);
      return answer(c, await sendBackDoc(deps, c.get('principal'), { ...target(c), comment: body.comment }));
    })
    .post('/:id/versions/:version/publish', async (c) => {
      await optionalJson(c);
      const published = await publishDoc(deps, c.get('principal'), target(c), runner);
      if (published.kind === 'job') {
        // a large catalog: the release is built by a job; the version is published when it lands
        const { job, head, version } = published;
        c.header('Location', `/api/publish/jobs/${job.jobId}`);
        c.header('ETag', `"${version.revision}"`);
        return c.json({ job, head, version }, 202);
      }
      const { head, version, release } = published;
      return answer(c, { head, version, release });
    });
}
