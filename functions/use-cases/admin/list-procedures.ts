/**
 * Lists the procedures of the officer's own agency, filtered (the national reader: every agency's).
 * Officers only ever see their own agency's procedures here (the public catalog shows everyone's published ones); asking for another
 * agency explicitly is a 403 rather than an empty list, so a mistake is visible.
 */
import { assertAgency, readsEveryAgency } from '../../http/auth';
import type { AppDeps, Officer, ProcedureHead, ProcedureStatus } from '../../ports';
import { mapLimit } from '../publish/map-limit';
import { matchesQuery } from './fold-text';
import type { SearchableHead } from './head-from-version';

export interface ProcedureFilter {
  agency?: string;
  field?: string;
  level?: string;
  onlineLevel?: string;
  status?: ProcedureStatus;
  /** Free text over code, names and keywords; accent-insensitive. */
  q?: string;
}

/** The heads that match, sorted by code. `status: 'published'` also matches procedures whose
 * published version is live while a newer draft is being written. */
export async function listProcedures(
  deps: Pick<AppDeps, 'procedures'>,
  officer: Officer,
  filter: ProcedureFilter,
): Promise<ProcedureHead[]> {
  const everyAgency = readsEveryAgency(officer);
  if (filter.agency !== undefined && !everyAgency) assertAgency(officer, filter.agency);
  const agency = everyAgency ? filter.agency : officer.agency;
  const heads = await deps.procedures.listHeads(agency === undefined ? {} : { agency });
  const needsKeywords = filter.q !== undefined && filter.q.trim() !== '';
  const candidates = heads.filter(
    (head) =>
      (agency === undefined || head.agency === agency) &&
      // the national reader sees other agencies' published procedures, not their drafts
      (head.agency === officer.agency || head.publishedVersion !== null) &&
      matchesFields(head, filter),
  );
  const hits = needsKeywords
    ? await mapLimit(candidates, 16, (head) => matchesText(deps, head, filter.q ?? ''))
    : candidates.map(() => true);
  const matching = candidates.filter((_, i) => hits[i]);
  return matching.sort((a, b) => a.code.localeCompare(b.code) || a.procedureId.localeCompare(b.procedureId));
}

function matchesFields(head: ProcedureHead, filter: ProcedureFilter): boolean {
  if (filter.field !== undefined && head.field !== filter.field) return false;
  if (filter.level !== undefined && head.level !== filter.level) return false;
  if (filter.onlineLevel !== undefined && head.onlineLevel !== filter.onlineLevel) return false;
  if (filter.status !== undefined) {
    const live = filter.status === 'published' && head.publishedVersion !== null;
    if (head.status !== filter.status && !live) return false;
  }
  return true;
}

/** Code, names and (usually) keywords are on the head; the latest version is read only for heads without keywords. */
async function matchesText(
  deps: Pick<AppDeps, 'procedures'>,
  head: SearchableHead,
  q: string,
): Promise<boolean> {
  const base = [head.code, head.procedureId, head.name.vi, head.name.en];
  if (matchesQuery(q, [...base, ...(head.keywords ?? [])])) return true;
  if (head.keywords) return false;
  const latest = await deps.procedures.getVersion(head.procedureId, head.latestVersion);
  return matchesQuery(q, [...base, ...(latest?.definition.keywords ?? [])]);
}
