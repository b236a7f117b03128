/**
 * Refuses a registry version that would break a published procedure or policy (409, listed).
 *
 * Only the procedures whose registry entries changed are read and checked (published-procedures.ts):
 * a procedure's check reads its field, level, agency, the jurisdictions above it, its fee lines'
 * categories and its data sources; when the sources list changes, every procedure is checked.
 */
import { jurisdictionChain } from '../../core/compile/policies-for-line';
import { checkRegistryChange } from '../../core/policies/index';
import type { Registry } from '../../core/types';
import { ConflictListError } from '../../errors';
import type { AppDeps } from '../../ports';
import { canonicalJson } from '../publish/canonical-json';
import type { ProcedureScope } from '../publish/procedure-scope';
import { readPublishedVersions } from '../publish/read-published-versions';
import { publishedContext } from './published-context';
import { publishedProcedures } from './published-procedures';

type Deps = Pick<AppDeps, 'catalogDocs' | 'catalog' | 'procedures' | 'releases' | 'catalogInputs'>;

/** The check itself, for showing beside a draft. */
export async function registryChangeCheck(deps: Deps, next: Record<string, unknown>) {
  const ctx = await publishedContext(deps);
  const nextRegistry = next as unknown as Registry;
  const published = await publishedProcedures(deps);
  if (!published) {
    const procedures = (await readPublishedVersions(deps)).map((v) => v.definition);
    return checkRegistryChange({
      previous: ctx.registry,
      next: nextRegistry,
      procedures,
      policies: ctx.policies,
    });
  }
  const concerned = concernedBy(ctx.registry, nextRegistry);
  const procedures = await published.load(published.scopes.filter(concerned).map((s) => s.id));
  return checkRegistryChange({
    previous: ctx.registry,
    next: nextRegistry,
    procedures,
    // the policies' checks look up every procedure's fee line ids: the scopes hold them
    procedureFees: published.scopes,
    policies: ctx.policies,
  });
}

/** Whether a registry change from `previous` to `next` can change a procedure's check. */
function concernedBy(previous: Registry, next: Registry): (scope: ProcedureScope) => boolean {
  const lists = ['levels', 'jurisdictions', 'agencies', 'fields', 'feeCategories', 'sources'] as const;
  const changed = Object.fromEntries(
    lists.map((list) => [list, changedIds(previous[list], next[list])]),
  ) as Record<(typeof lists)[number], Set<string>>;
  const {
    levels: _l,
    jurisdictions: _j,
    agencies: _a,
    fields: _f,
    feeCategories: _c,
    sources: _s,
    ...restBefore
  } = previous;
  const {
    levels: _l2,
    jurisdictions: _j2,
    agencies: _a2,
    fields: _f2,
    feeCategories: _c2,
    sources: _s2,
    ...restAfter
  } = next;
  // data sources are referenced from form fields and documents, which scopes do not hold
  if (changed.sources.size > 0 || canonicalJson(restBefore) !== canonicalJson(restAfter)) return () => true;
  const agencyLevels = (registry: Registry, id: string) =>
    registry.agencies.filter((a) => a.id === id).map((a) => a.level);
  return (scope) =>
    changed.agencies.has(scope.agency) ||
    changed.fields.has(scope.field) ||
    changed.levels.has(scope.level) ||
    [...agencyLevels(previous, scope.agency), ...agencyLevels(next, scope.agency)].some((l) =>
      changed.levels.has(l),
    ) ||
    [
      ...jurisdictionChain(scope, { registry: previous, policies: [] }),
      ...jurisdictionChain(scope, { registry: next, policies: [] }),
    ].some((j) => changed.jurisdictions.has(j)) ||
    scope.fees.some((line) => changed.feeCategories.has(line.category));
}

/** Ids added, removed or changed between two lists of registry entries (an id listed twice counts as changed). */
function changedIds(
  before: readonly { id: string }[] | undefined,
  after: readonly { id: string }[] | undefined,
) {
  const text = (list: readonly { id: string }[] | undefined) => {
    const byId = new Map<string, string>();
    for (const entry of list ?? [])
      byId.set(entry.id, (byId.has(entry.id) ? `${byId.get(entry.id)}|` : '') + canonicalJson(entry));
    return byId;
  };
  const a = text(before);
  const b = text(after);
  return new Set([...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)));
}

/** 409 `registry.breaks-published` naming every procedure and policy concerned. */
export async function assertRegistrySafe(deps: Deps, next: Record<string, unknown>): Promise<void> {
  const { broken } = await registryChangeCheck(deps, next);
  if (broken.length === 0) return;
  const names = broken.map((b) => `${b.id} (${b.problems.map((p) => p.code).join(', ')})`).join('; ');
  throw new ConflictListError(
    'registry.breaks-published',
    {
      vi: `Thay đổi này làm hỏng ${broken.length} thủ tục/chính sách đang công bố: ${names}. Hãy sửa các thủ tục đó trước.`,
      en: `This change would break ${broken.length} published procedure(s)/policy(ies): ${names}. Change those first.`,
    },
    broken.flatMap((b) =>
      b.problems.map((p) => ({
        path: `/${b.kind === 'procedure' ? 'procedures' : 'policies'}/${b.id}${p.pointer}`,
        code: p.code,
        message: {
          vi: `${b.kind === 'procedure' ? 'Thủ tục' : 'Chính sách'} "${b.id}": ${p.message.vi}`,
          en: `${b.kind === 'procedure' ? 'Procedure' : 'Policy'} "${b.id}": ${p.message.en}`,
        },
      })),
    ),
  );
}
