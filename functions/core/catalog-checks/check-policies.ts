/**
 * Fee policies: references to the registry and to procedures, date windows, supersession, and
 * contradictions (two policies that would both apply to the same line with different effects).
 */
import type { JurisdictionPolicy, Procedure } from '../types';

/** What the policy checks read of a procedure (the CLI keeps only this much of each file). */
export type ProcedureFees = Pick<Procedure, 'id'> & { fees: readonly { id: string }[] };

import { pointer } from './pointer';
import { type CatalogProblem, problemsFor, q } from './problem';
import type { RegistryIndex } from './registry-index';

export function checkPolicies(
  policies: JurisdictionPolicy[],
  index: RegistryIndex,
  /** The catalog's procedures; only their ids and fee line ids are read. */
  procedures: readonly ProcedureFees[],
): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  const byId = new Map<string, number>();
  const reportedJurisdictions = new Set<string>();
  policies.forEach((policy, i) => {
    const report = problemsFor({ kind: 'policy', index: i });
    const { error, warning } = report;
    if (byId.has(policy.id)) {
      error('policy.id.duplicate', '/id', {
        vi: `Mã chính sách ${q.vi(policy.id)} bị trùng`,
        en: `Policy id ${q.en(policy.id)} appears twice`,
      });
    } else byId.set(policy.id, i);
    if (!index.jurisdictions.has(policy.jurisdiction) && !reportedJurisdictions.has(policy.jurisdiction)) {
      reportedJurisdictions.add(policy.jurisdiction);
      error('policy.jurisdiction.unknown', '/jurisdiction', {
        vi: `Địa bàn ${q.vi(policy.jurisdiction)} không có trong registry.json`,
        en: `Jurisdiction ${q.en(policy.jurisdiction)} is not in registry.json`,
      });
    }
    if (policy.effectiveTo !== null && policy.effectiveTo < policy.effectiveFrom) {
      error('policy.dates.order', '/effectiveTo', {
        vi: `Ngày hết hiệu lực ${policy.effectiveTo} trước ngày có hiệu lực ${policy.effectiveFrom}`,
        en: `effectiveTo ${policy.effectiveTo} is before effectiveFrom ${policy.effectiveFrom}`,
      });
    }
    const date = policy.resolution.date;
    if (date !== undefined && date > policy.effectiveFrom) {
      warning('policy.dates.resolution', '/resolution/date', {
        vi: `Nghị quyết ký ngày ${date}, sau ngày có hiệu lực ${policy.effectiveFrom}`,
        en: `The resolution is dated ${date}, after it takes effect on ${policy.effectiveFrom}`,
      });
    }
    const categories = (list: string[] | undefined, at: string) =>
      (list ?? []).forEach((c, k) => {
        if (!index.feeCategories.has(c)) {
          error('policy.category.unknown', `${at}/${k}`, {
            vi: `Danh mục phí ${q.vi(c)} không có trong registry.json`,
            en: `Fee category ${q.en(c)} is not in registry.json`,
          });
        }
      });
    categories(policy.covers.categories, '/covers/categories');
    categories(policy.exclusions?.categories, '/exclusions/categories');
    (policy.covers.feeLines ?? []).forEach((l, k) => {
      const proc = procedures.find((p) => p.id === l.procedure);
      if (!proc) {
        warning('policy.procedure.unknown', pointer('covers', 'feeLines', k, 'procedure'), {
          vi: `Thủ tục ${q.vi(l.procedure)} không có trong danh mục đang kiểm tra`,
          en: `Procedure ${q.en(l.procedure)} is not in the catalog being checked`,
        });
      } else if (!proc.fees.some((f) => f.id === l.line)) {
        error('policy.fee-line.unknown', pointer('covers', 'feeLines', k, 'line'), {
          vi: `Thủ tục ${q.vi(l.procedure)} không có dòng phí ${q.vi(l.line)}`,
          en: `Procedure ${q.en(l.procedure)} has no fee line ${q.en(l.line)}`,
        });
      }
    });
    (policy.exclusions?.procedures ?? []).forEach((id, k) => {
      if (!procedures.some((p) => p.id === id)) {
        warning('policy.procedure.unknown', pointer('exclusions', 'procedures', k), {
          vi: `Thủ tục ${q.vi(id)} không có trong danh mục đang kiểm tra`,
          en: `Procedure ${q.en(id)} is not in the catalog being checked`,
        });
      }
    });
    found.push(...report.found);
  });
  found.push(...checkSupersession(policies, byId), ...checkContradictions(policies));
  return found;
}

function checkSupersession(policies: JurisdictionPolicy[], byId: Map<string, number>): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  policies.forEach((policy, i) => {
    const { found: f, error } = problemsFor({ kind: 'policy', index: i });
    (policy.supersedes ?? []).forEach((id, k) => {
      if (!byId.has(id)) {
        error('policy.supersedes.unknown', pointer('supersedes', k), {
          vi: `Chính sách bị thay thế ${q.vi(id)} không tồn tại`,
          en: `Superseded policy ${q.en(id)} does not exist`,
        });
      }
    });
    // A cycle means each policy drops the other, so neither would ever apply.
    const stack = [policy.id];
    const walk = (id: string): string[] | null => {
      for (const next of policies[byId.get(id) ?? -1]?.supersedes ?? []) {
        if (next === policy.id) return [...stack, next];
        if (stack.includes(next) || !byId.has(next)) continue;
        stack.push(next);
        const cycle = walk(next);
        if (cycle) return cycle;
        stack.pop();
      }
      return null;
    };
    const cycle = walk(policy.id);
    if (cycle && byId.get(policy.id) === i && policy.id === [...cycle].sort()[0]) {
      error('policy.supersedes.cycle', '/supersedes', {
        vi: `Tham chiếu vòng (cyclic reference) trong supersedes: ${cycle.join(' → ')}`,
        en: `Cyclic reference in supersedes: ${cycle.join(' → ')}`,
      });
    }
    found.push(...f);
  });
  return found;
}

const overlaps = <T>(a: T[] | undefined, b: T[] | undefined) => (a ?? []).some((x) => (b ?? []).includes(x));
const windowEnd = (p: JurisdictionPolicy) => p.effectiveTo ?? '9999-12-31';

/** What two policies both cover (a category, a fee line, lines set by the same body), or ''. */
function sharedCoverage(a: JurisdictionPolicy, b: JurisdictionPolicy): string {
  // Disjoint `kinds` (lệ phí vs phí) mean no line can match both.
  if (a.covers.kinds && b.covers.kinds && !overlaps(a.covers.kinds, b.covers.kinds)) return '';
  const lines = (p: JurisdictionPolicy) => (p.covers.feeLines ?? []).map((l) => `${l.procedure}/${l.line}`);
  const common = [
    ...(a.covers.categories ?? []).filter((c) => (b.covers.categories ?? []).includes(c)),
    ...lines(a).filter((l) => lines(b).includes(l)),
    ...(a.covers.setBy ?? []).filter((x) => (b.covers.setBy ?? []).includes(x)).map((x) => `setBy ${x}`),
  ];
  return common.join(', ');
}

function checkContradictions(policies: JurisdictionPolicy[]): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  policies.forEach((b, j) => {
    for (let i = 0; i < j; i++) {
      const a = policies[i]!;
      if (a.jurisdiction !== b.jurisdiction || a.id === b.id) continue;
      if (!overlaps(a.channels, b.channels)) continue;
      if (a.effectiveFrom > windowEnd(b) || b.effectiveFrom > windowEnd(a)) continue;
      const shared = sharedCoverage(a, b);
      if (!shared) continue;
      if (JSON.stringify(a.effect) === JSON.stringify(b.effect)) continue;
      if ((a.supersedes ?? []).includes(b.id) || (b.supersedes ?? []).includes(a.id)) continue;
      const report = problemsFor({ kind: 'policy', index: j });
      report.error('policy.contradictory', '/effect', {
        vi: `Mâu thuẫn (contradictory) với chính sách ${q.vi(a.id)}: cùng địa bàn, cùng danh mục (${shared}), cùng cách thức, thời gian hiệu lực chồng nhau nhưng mức ưu đãi khác nhau và không chính sách nào thay thế (supersedes) chính sách kia`,
        en: `Contradictory with policy ${q.en(a.id)}: same jurisdiction, category (${shared}) and channel, overlapping dates, different effects, and neither supersedes the other`,
      });
      found.push(...report.found);
    }
  });
  return found;
}
