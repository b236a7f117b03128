/**
 * Starts the next version of a published (or retired) procedure: a draft v+1 that copies the
 * definition of the latest version. Only one open version at a time, so reviewers never have to
 * reconcile two drafts (409 `procedure.draft-exists`).
 */
import { ConflictError } from '../../errors';
import type { AppDeps, Officer, ProcedureHead, ProcedureVersion } from '../../ports';
import { commitChange } from './commit-change';
import { headFromVersion } from './head-from-version';
import { auditEntity, loadHeadFor, procedureNotFound } from './procedure-access';

/** Creates draft `latestVersion + 1`; returns it. */
export async function createNextVersion(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  input: { procedureId: string },
): Promise<{ head: ProcedureHead; version: ProcedureVersion }> {
  const head = await loadHeadFor(deps, officer, input.procedureId, ['author']);
  const latest = await deps.procedures.getVersion(input.procedureId, head.latestVersion);
  if (!latest) throw procedureNotFound(input.procedureId);
  if (latest.status !== 'published' && latest.status !== 'retired') {
    throw new ConflictError('procedure.draft-exists', {
      vi: `Phiên bản ${latest.version} đang ở trạng thái "${latest.status}"; hãy hoàn tất phiên bản đó trước khi tạo phiên bản mới.`,
      en: `Version ${latest.version} is still "${latest.status}"; finish it before starting a new version.`,
    });
  }
  const at = deps.clock.now().toISOString();
  const version: ProcedureVersion = {
    procedureId: input.procedureId,
    version: latest.version + 1,
    status: 'draft',
    agency: latest.agency,
    definition: structuredClone(latest.definition),
    revision: 1,
    createdAt: at,
    createdBy: officer.sub,
    authors: [officer.sub],
    updatedAt: at,
    updatedBy: officer.sub,
  };
  const nextHead = headFromVersion(version, {
    latestVersion: version.version,
    publishedVersion: head.publishedVersion,
    revision: head.revision + 1,
    updatedAt: at,
  });
  await commitChange(
    deps,
    officer,
    { version, previous: null, head: nextHead, headRevision: head.revision },
    {
      action: 'procedure.new-version',
      entity: auditEntity(input.procedureId),
      detail: { version: version.version, from: latest.version },
    },
  );
  return { head: nextHead, version };
}
