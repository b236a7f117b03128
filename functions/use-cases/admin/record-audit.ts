/**
 * Appends the audit entry of a change that has already been committed.
 *
 * Why after, not before: an entry written first would record changes that then failed. The cost
 * is that the audit write itself can fail after the change is saved. It is retried once; if it
 * still fails the request answers 503 `audit.unavailable`, saying plainly that the change WAS saved
 * (details carry the new state) so the client does not blindly repeat it, and the failure is logged
 * for operators with the full entry so it can be re-appended.
 */
import { AppError } from '../../errors';
import type { AppDeps, AuditEntry, Officer } from '../../ports';

export interface AuditInput {
  action: string;
  entity: string;
  detail?: Record<string, unknown>;
}

/** Records who did what, when. Throws 503 `audit.unavailable` only after a second failure. */
export async function recordAudit(
  deps: Pick<AppDeps, 'audit' | 'clock'>,
  officer: Officer,
  input: AuditInput,
  savedState?: unknown,
): Promise<AuditEntry> {
  const entry: AuditEntry = {
    at: deps.clock.now().toISOString(),
    actor: officer.sub,
    agency: officer.agency,
    action: input.action,
    entity: input.entity,
    detail: { actorName: officer.name, ...input.detail },
  };
  try {
    await deps.audit.append(entry);
  } catch {
    try {
      await deps.audit.append(entry);
    } catch (cause) {
      console.error(JSON.stringify({ level: 'error', code: 'audit.unavailable', entry }));
      throw new AppError(
        503,
        'audit.unavailable',
        {
          vi: 'Thay đổi ĐÃ được lưu nhưng chưa ghi được nhật ký kiểm tra; bộ phận vận hành đã được báo. Không cần gửi lại.',
          en: 'The change WAS saved but its audit entry could not be written; operators have been alerted. Do not resend it.',
        },
        { cause, details: savedState },
      );
    }
  }
  return entry;
}
