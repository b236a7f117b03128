/**
 * What an author may start a new procedure from ("Thủ tục mới" → "Từ thủ tục khác"): every
 * procedure of her own agency (any state) and every published procedure of other agencies — a ward
 * copies the province's or another ward's procedure. Drafts of other agencies stay private.
 */
import { assertRole } from '../../http/auth';
import type { AppDeps, Officer, ProcedureHead } from '../../ports';

export interface TemplateSummary {
  procedureId: string;
  code: string;
  name: { vi: string; en: string };
  agency: string;
  /** The version a copy starts from: the latest of one's own, the published one of others. */
  version: number;
  own: boolean;
}

/** Own agency first, then the others, each by code. */
export async function listTemplates(
  deps: Pick<AppDeps, 'procedures'>,
  officer: Officer,
): Promise<TemplateSummary[]> {
  assertRole(officer, ['author']);
  const heads = await deps.procedures.listHeads();
  return heads
    .flatMap((head): TemplateSummary[] => {
      const version = templateVersion(head, officer);
      if (version === null) return [];
      const { procedureId, code, name, agency } = head;
      return [{ procedureId, code, name, agency, version, own: agency === officer.agency }];
    })
    .sort((a, b) => Number(b.own) - Number(a.own) || a.code.localeCompare(b.code));
}

/** Which version of `head` the officer may copy, or null when none. */
export function templateVersion(head: ProcedureHead, officer: Officer): number | null {
  if (head.agency === officer.agency) return head.latestVersion;
  return head.status === 'retired' ? null : head.publishedVersion;
}
