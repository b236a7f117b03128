/**
 * Moves one version along the status machine:
 *   draft → in-review → approved → published → retired;  in-review | approved → draft (send back).
 * Each step stores the version, the head and the audit entry in one transaction (commit-change.ts).
 */
import { ConflictError } from '../../errors';
import type {
  AppDeps,
  Officer,
  OfficerRole,
  ProcedureHead,
  ProcedureStatus,
  ProcedureVersion,
} from '../../ports';
import { commitChange } from './commit-change';
import { assertRevision, expectedRevision } from './expected-revision';
import { headFromVersion } from './head-from-version';
import { auditEntity, loadVersionFor } from './procedure-access';

export interface Transition {
  procedureId: string;
  version: number;
  roles: OfficerRole[];
  from: ProcedureStatus[];
  to: ProcedureStatus;
  action: string;
  /** Optional optimistic check: when the client sends If-Match it must be current. */
  ifMatch?: string;
  /** Runs after loading, before writing: extra rules (validation, four-eyes…). */
  guard?: (version: ProcedureVersion, head: ProcedureHead) => Promise<void> | void;
  /** Extra fields of the new version (comment, publishedAt…). */
  patch?: Partial<ProcedureVersion>;
  /** Head pointers to change besides the status (publishedVersion…). */
  headPatch?: (
    head: ProcedureHead,
  ) => Partial<Pick<ProcedureHead, 'publishedVersion' | 'status' | 'scheduled'>>;
  /** Extra audit detail; a function sees the head as it was before the change. */
  detail?: Record<string, unknown> | ((before: ProcedureHead) => Record<string, unknown>);
}

/** Applies the transition; returns the new head and version. */
export async function transitionVersion(
  deps: Pick<AppDeps, 'procedures' | 'audit' | 'clock'>,
  officer: Officer,
  t: Transition,
): Promise<{ head: ProcedureHead; version: ProcedureVersion }> {
  const { head, version } = await loadVersionFor(deps, officer, t.procedureId, t.version, t.roles);
  if (!t.from.includes(version.status)) throw wrongStatus(version, t);
  if (t.ifMatch !== undefined && t.ifMatch.trim() !== '') {
    assertRevision(version.revision, expectedRevision(t.ifMatch, {}));
  }
  await t.guard?.(version, head);

  const at = deps.clock.now().toISOString();
  const next: ProcedureVersion = {
    ...version,
    ...t.patch,
    status: t.to,
    revision: version.revision + 1,
    updatedAt: at,
    updatedBy: officer.sub,
  };
  const pointers = {
    latestVersion: head.latestVersion,
    publishedVersion: head.publishedVersion,
    revision: head.revision + 1,
    updatedAt: at,
    ...t.headPatch?.(head),
  };
  const built =
    next.version === head.latestVersion
      ? headFromVersion(next, pointers)
      : { ...head, ...pointers, status: pointers.status ?? head.status };
  // a version scheduled to take effect stays scheduled unless this step says otherwise
  const scheduled = 'scheduled' in pointers ? pointers.scheduled : head.scheduled;
  const nextHead = scheduled ? { ...built, scheduled } : { ...built, scheduled: undefined };
  await commitChange(
    deps,
    officer,
    { version: next, previous: version, head: nextHead, headRevision: head.revision },
    {
      action: t.action,
      entity: auditEntity(t.procedureId),
      detail: {
        version: t.version,
        from: version.status,
        to: t.to,
        ...(typeof t.detail === 'function' ? t.detail(head) : t.detail),
      },
    },
  );
  return { head: nextHead, version: next };
}

function wrongStatus(version: ProcedureVersion, t: Transition): ConflictError {
  if (version.status === 'published' || version.status === 'retired') {
    if (t.to === 'draft' || t.to === 'in-review' || t.to === 'approved') {
      return new ConflictError('procedure.immutable', {
        vi: `Phiên bản ${version.version} đã công bố nên không thể thay đổi; hãy tạo phiên bản mới.`,
        en: `Version ${version.version} has been published and cannot change; create a new version.`,
      });
    }
  }
  return new ConflictError('procedure.invalid-transition', {
    vi: `Phiên bản ${version.version} đang ở trạng thái "${version.status}", không thể chuyển sang "${t.to}" (cần trạng thái: ${t.from.join(', ')}).`,
    en: `Version ${version.version} is "${version.status}" and cannot become "${t.to}" (it must be: ${t.from.join(', ')}).`,
  });
}
