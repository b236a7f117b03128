/** Refuses a registry version that would break a published procedure or policy (409, listed). */
import { checkRegistryChange } from '../../core/policies/index';
import type { Registry } from '../../core/types';
import { ConflictListError } from '../../errors';
import type { AppDeps } from '../../ports';
import { readPublishedVersions } from '../publish/read-published-versions';
import { publishedContext } from './published-context';

/** The check itself, for showing beside a draft. */
export async function registryChangeCheck(
  deps: Pick<AppDeps, 'catalogDocs' | 'catalog' | 'procedures'>,
  next: Record<string, unknown>,
) {
  const ctx = await publishedContext(deps);
  const procedures = (await readPublishedVersions(deps)).map((v) => v.definition);
  return checkRegistryChange({
    previous: ctx.registry,
    next: next as unknown as Registry,
    procedures,
    policies: ctx.policies,
  });
}

/** 409 `registry.breaks-published` naming every procedure and policy concerned. */
export async function assertRegistrySafe(
  deps: Pick<AppDeps, 'catalogDocs' | 'catalog' | 'procedures'>,
  next: Record<string, unknown>,
): Promise<void> {
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
