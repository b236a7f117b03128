/**
 * Saves an edited draft. Only drafts change: a version in review or approved must be sent back
 * first, and published or retired versions never change (409 `procedure.immutable`).
 */
import { ConflictError, ValidationFailedError } from '../../errors';
import type { AppDeps, Officer, ProcedureHead, ProcedureVersion } from '../../ports';
import { assertFormat } from './check-definition';
import { commitChange } from './commit-change';
import { definitionOf } from './create-draft';
import { describeChanges } from './describe-changes';
import { assertRevision, expectedRevision } from './expected-revision';
import { withAuthor } from './four-eyes';
import { headFromVersion } from './head-from-version';
import { auditEntity, loadVersionFor } from './procedure-access';

export interface UpdateDraftInput {
  procedureId: string;
  version: number;
  ifMatch: string | undefined;
  body: Record<string, unknown>;
}

/** Replaces the draft's definition; returns the stored version with its new revision. */
export async function updateDraft(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  input: UpdateDraftInput,
): Promise<{ head: ProcedureHead; version: ProcedureVersion }> {
  const { head, version } = await loadVersionFor(deps, officer, input.procedureId, input.version, ['author']);
  assertEditable(version);
  assertRevision(version.revision, expectedRevision(input.ifMatch, input.body));
  const definition = assertFormat(definitionOf(input.body));
  assertSameIdentity(version, definition.id, definition.agency);

  const at = deps.clock.now().toISOString();
  const next: ProcedureVersion = {
    ...version,
    definition,
    authors: withAuthor(version, officer.sub),
    revision: version.revision + 1,
    updatedAt: at,
    updatedBy: officer.sub,
  };
  const nextHead = headFromVersion(next, { ...head, revision: head.revision + 1, updatedAt: at });
  const changes = describeChanges(version.definition, definition);
  await commitChange(
    deps,
    officer,
    { version: next, previous: version, head: nextHead, headRevision: head.revision },
    {
      action: 'procedure.update',
      entity: auditEntity(input.procedureId),
      detail: {
        version: input.version,
        revision: next.revision,
        changed: changes.length,
        paths: changes.slice(0, 20).map((change) => `${change.op} ${change.path}`),
      },
    },
  );
  return { head: nextHead, version: next };
}

/** 409 unless the version is a draft; published and retired ones say they are immutable. */
export function assertEditable(version: ProcedureVersion): void {
  if (version.status === 'draft') return;
  if (version.status === 'published' || version.status === 'retired') {
    throw new ConflictError('procedure.immutable', {
      vi: `Phiên bản ${version.version} đã công bố nên không thể sửa; hãy tạo phiên bản mới.`,
      en: `Version ${version.version} has been published and cannot change; create a new version.`,
    });
  }
  throw new ConflictError('procedure.not-draft', {
    vi: `Phiên bản ${version.version} đang ở trạng thái "${version.status}"; chỉ sửa được bản nháp (hãy trả lại bản nháp trước).`,
    en: `Version ${version.version} is "${version.status}"; only drafts can be edited (send it back first).`,
  });
}

function assertSameIdentity(version: ProcedureVersion, id: string, agency: string): void {
  const errors = [];
  if (id !== version.procedureId) {
    errors.push({
      path: '/id',
      code: 'procedure.id-changed',
      message: {
        vi: `Không đổi được mã định danh thủ tục ("${version.procedureId}" → "${id}").`,
        en: `The procedure id cannot change ("${version.procedureId}" → "${id}").`,
      },
    });
  }
  if (agency !== version.agency) {
    errors.push({
      path: '/agency',
      code: 'procedure.agency-changed',
      message: {
        vi: `Không chuyển được thủ tục sang cơ quan khác ("${version.agency}" → "${agency}").`,
        en: `The procedure cannot move to another agency ("${version.agency}" → "${agency}").`,
      },
    });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
