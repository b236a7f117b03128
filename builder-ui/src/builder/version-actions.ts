/**
 * The workflow calls on one version, each naming the revision it read (`If-Match`) so that two
 * officers never overwrite each other: a stale revision comes back as 409 and nothing changes.
 */
import type { Procedure } from '../../../functions/core/types';
import type { ProcedureHead, ProcedureVersion } from '../../../functions/ports/index';
import { api } from '../api/client';
import type { Localized } from '../i18n/lang';
import { type Progress, publishRelease } from './publish-release';
import type { WorkflowAction } from './workflow-actions';

/** A version as the admin API returns it. */
export type VersionDoc = ProcedureVersion & { state: string; head: ProcedureHead };

export interface ActionOutcome {
  /** The version as stored after the action (absent when the action made another version). */
  doc?: VersionDoc;
  /** A version to open next (a new draft version). */
  open?: number;
  notice: Localized | null;
  /** Published, but the portal's catalog could not be updated: shown with the button to retry. */
  releaseError?: unknown;
}

const done: Partial<Record<WorkflowAction, Localized>> = {
  save: { vi: 'Đã lưu bản nháp.', en: 'Draft saved.' },
  submit: { vi: 'Đã gửi duyệt.', en: 'Submitted for review.' },
  approve: { vi: 'Đã phê duyệt.', en: 'Approved.' },
  'send-back': { vi: 'Đã trả lại bản nháp.', en: 'Sent back to draft.' },
  publish: {
    vi: 'Đã công bố và cập nhật Cổng dịch vụ công: người dân thấy phiên bản này ngay.',
    en: 'Published and the citizen portal updated: citizens see this version now.',
  },
  release: { vi: 'Đã cập nhật Cổng dịch vụ công.', en: 'The public portal is up to date.' },
};

/**
 * Runs `action` on `doc` (base = `/api/admin/procedures/:id`); throws ApiError as the API answers.
 *
 * @example await performAction(base, token, doc, draft, 'save')
 */
export async function performAction(
  base: string,
  token: string,
  doc: VersionDoc,
  draft: Procedure,
  action: WorkflowAction,
  comment?: string,
  /** Progress of a large catalog build (a publish job), shown while it runs. */
  onProgress?: Progress,
): Promise<ActionOutcome> {
  const ifMatch = { 'if-match': `"${doc.revision}"` };
  const notice = done[action] ?? null;
  switch (action) {
    case 'save': {
      const saved = await api<VersionDoc>(`${base}/versions/${doc.version}`, {
        method: 'PUT',
        token,
        headers: ifMatch,
        body: { definition: draft },
      });
      return { doc: saved, notice };
    }
    case 'new-version': {
      const created = await api<VersionDoc>(`${base}/versions`, { method: 'POST', token, body: {} });
      return { open: created.version, notice };
    }
    case 'release':
      await publishRelease(token, onProgress);
      return { notice };
    case 'publish': {
      const next = await api<VersionDoc>(`${base}/versions/${doc.version}/publish`, {
        method: 'POST',
        token,
        headers: ifMatch,
        body: {},
      });
      // One step for the officer: a published version reaches the portal at once. If the catalog
      // cannot be rebuilt now, say so plainly; the editor then offers "Cập nhật lên Cổng dịch vụ công".
      try {
        await publishRelease(token, onProgress);
        return { doc: next, notice };
      } catch (releaseError) {
        return {
          doc: next,
          releaseError,
          notice: {
            vi: 'Đã công bố, nhưng Cổng dịch vụ công CHƯA được cập nhật (lỗi bên dưới). Bấm "Cập nhật lên Cổng dịch vụ công" để thử lại.',
            en: 'Published, but the citizen portal is NOT updated yet (error below). Press "Update the public portal" to retry.',
          },
        };
      }
    }
    default: {
      const next = await api<VersionDoc>(`${base}/versions/${doc.version}/${action}`, {
        method: 'POST',
        token,
        headers: ifMatch,
        body: comment ? { comment } : {},
      });
      return { doc: next, notice };
    }
  }
}
