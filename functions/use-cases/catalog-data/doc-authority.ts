/**
 * Who may act on a policy or the registry. A policy belongs to its jurisdiction: only officers of
 * an agency in that jurisdiction, or of an agency whose jurisdiction contains it (a national
 * body), may author, review or publish it — a ward's officers cannot change a city's resolution.
 * The registry is the shared vocabulary of every agency: its changes need the agency-admin role
 * (still four-eyes: the approver is another officer).
 */

import { officerJurisdictions } from '../../core/policies/officer-jurisdictions';
import type { Registry } from '../../core/types';
import { ForbiddenError } from '../../errors';
import { assertRole } from '../../http/auth';
import type { CatalogDocKind, Officer, OfficerRole } from '../../ports';

/** 403 unless `officer` holds one of `roles` and may act on a document of `jurisdiction` (no roles = read). */
export function assertDocAuthority(
  officer: Officer,
  kind: CatalogDocKind,
  jurisdiction: string,
  roles: readonly OfficerRole[],
  registry: Registry,
): void {
  // reading is open to every officer: policies and the registry are public law and vocabulary
  if (roles.length === 0) return;
  if (kind === 'registry') {
    assertRole(officer, ['admin']);
    return;
  }
  assertRole(officer, roles);
  if (!officerJurisdictions(officer.agency, registry).has(jurisdiction)) {
    const name = registry.jurisdictions.find((j) => j.id === jurisdiction)?.name.vi ?? jurisdiction;
    throw new ForbiddenError('policy.wrong-jurisdiction', {
      vi: `Chỉ cán bộ của cơ quan thuộc ${name} (hoặc cấp trung ương) mới được soạn, duyệt hoặc công bố chính sách phí của địa bàn này.`,
      en: `Only officers of an agency of ${jurisdiction} (or a national body) may author, review or publish its fee policies.`,
    });
  }
}
