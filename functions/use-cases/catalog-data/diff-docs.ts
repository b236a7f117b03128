/** A readable diff between two versions of a policy or the registry (by pointer and unified). */
import { createTwoFilesPatch } from 'diff';
import type { AppDeps, CatalogDocKind, Officer } from '../../ports';
import { describeChanges } from '../admin/describe-changes';
import { versionNumber } from '../admin/diff-versions';
import { loadDocVersion } from './load-doc';

export async function diffDocs(
  deps: Pick<AppDeps, 'catalogDocs' | 'catalog'>,
  officer: Officer,
  input: { kind: CatalogDocKind; id: string; from: unknown; to: unknown },
) {
  const from = versionNumber('from', input.from);
  const to = versionNumber('to', input.to);
  const a = await loadDocVersion(deps, officer, input.kind, input.id, from);
  const b = await loadDocVersion(deps, officer, input.kind, input.id, to);
  return {
    id: input.id,
    from,
    to,
    changes: describeChanges(a.version.body, b.version.body),
    unified: createTwoFilesPatch(
      `${input.id}@v${from}.json`,
      `${input.id}@v${to}.json`,
      `${JSON.stringify(a.version.body, null, 2)}\n`,
      `${JSON.stringify(b.version.body, null, 2)}\n`,
      undefined,
      undefined,
      { context: 3 },
    ),
  };
}
