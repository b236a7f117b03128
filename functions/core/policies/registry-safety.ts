/**
 * Whether a registry change would break what is published: every published procedure and policy
 * is checked against the registry before and after with the catalog's own checks, and an error
 * that only appears after the change (an agency it names removed, a data source it reuses gone,
 * a fee category of one of its lines dropped, its field or level removed…) blocks the change, naming
 * who is concerned. A procedure also depends on its agency's own level and jurisdiction: removing
 * those leaves the agency dangling, so the procedures of that agency are named too.
 */
import { checkPolicies, type ProcedureFees } from '../catalog-checks/check-policies';
import { checkProcedure } from '../catalog-checks/check-procedure';
import { checkRegistry } from '../catalog-checks/check-registry';
import { type CatalogProblem, problemsFor, q } from '../catalog-checks/problem';
import { registryIndexOf } from '../catalog-checks/registry-index';
import type { JurisdictionPolicy, Message, Procedure, Registry } from '../types';

export interface BrokenReference {
  kind: 'procedure' | 'policy';
  id: string;
  name: Message | { vi: string; en?: string };
  problems: { code: string; pointer: string; message: Message }[];
}

export interface RegistryChangeCheck {
  /** Errors of the new registry itself (duplicate ids, unknown parents…). */
  registryProblems: CatalogProblem[];
  /** Published procedures and policies the change would break. */
  broken: BrokenReference[];
}

/**
 * Checks `next` against everything published under `previous`. `procedures` are the ones to
 * check (a caller may pass only those the change can concern); `procedureFees`, the ids and fee
 * line ids of every published procedure, which the policies' checks look up (default: `procedures`).
 */
export function checkRegistryChange(input: {
  previous: Registry;
  next: Registry;
  procedures: readonly Procedure[];
  procedureFees?: readonly ProcedureFees[];
  policies: readonly JurisdictionPolicy[];
}): RegistryChangeCheck {
  const { previous, next, procedures, policies } = input;
  const procedureFees = input.procedureFees ?? procedures;
  const broken: BrokenReference[] = [];
  for (const procedure of procedures) {
    const before = errorKeys([
      ...checkProcedure(procedure, { registry: previous, policies: [...policies] }),
      ...agencyGrounding(procedure, previous),
    ]);
    const after = [
      ...checkProcedure(procedure, { registry: next, policies: [...policies] }),
      ...agencyGrounding(procedure, next),
    ];
    const added = after.filter((p) => p.severity === 'error' && !before.has(keyOf(p)));
    if (added.length > 0)
      broken.push({ kind: 'procedure', id: procedure.id, name: procedure.name, problems: added.map(brief) });
  }
  const policyProblems = (registry: Registry) =>
    checkPolicies([...policies], registryIndexOf(registry), [...procedureFees]).filter(
      (p) => p.severity === 'error',
    );
  const beforePolicies = errorKeys(policyProblems(previous));
  const byPolicy = new Map<number, CatalogProblem[]>();
  for (const p of policyProblems(next)) {
    if (beforePolicies.has(keyOf(p)) || p.subject.kind !== 'policy') continue;
    const list = byPolicy.get(p.subject.index) ?? [];
    list.push(p);
    byPolicy.set(p.subject.index, list);
  }
  for (const [index, problems] of byPolicy) {
    const policy = policies[index]!;
    broken.push({ kind: 'policy', id: policy.id, name: policy.summary, problems: problems.map(brief) });
  }
  return { registryProblems: checkRegistry(next).filter((p) => p.severity === 'error'), broken };
}

/** The procedure's agency, when it exists, must still have its level and jurisdiction. */
function agencyGrounding(procedure: Procedure, registry: Registry): CatalogProblem[] {
  const { found, error } = problemsFor({ kind: 'procedure', index: 0 });
  const index = registryIndexOf(registry);
  const agency = index.agencies.get(procedure.agency);
  if (!agency) return found;
  if (!index.levels.has(agency.level)) {
    error('agency.level.unknown', '/agency', {
      vi: `Cấp ${q.vi(agency.level)} của cơ quan ${q.vi(agency.id)} không còn trong danh mục cấp`,
      en: `Level ${q.en(agency.level)} of agency ${q.en(agency.id)} is no longer in the registry's levels`,
    });
  }
  if (!index.jurisdictions.has(agency.jurisdiction)) {
    error('agency.jurisdiction.unknown', '/agency', {
      vi: `Địa bàn ${q.vi(agency.jurisdiction)} của cơ quan ${q.vi(agency.id)} không còn trong danh mục đơn vị hành chính`,
      en: `Jurisdiction ${q.en(agency.jurisdiction)} of agency ${q.en(agency.id)} is no longer in the registry`,
    });
  }
  return found;
}

function keyOf(p: CatalogProblem): string {
  const subject = p.subject.kind === 'policy' ? `policy:${p.subject.index}` : p.subject.kind;
  return `${subject}|${p.code}|${p.pointer}`;
}

function errorKeys(problems: CatalogProblem[]): Set<string> {
  return new Set(problems.filter((p) => p.severity === 'error').map(keyOf));
}

function brief(p: CatalogProblem) {
  return { code: p.code, pointer: p.pointer, message: p.message };
}
