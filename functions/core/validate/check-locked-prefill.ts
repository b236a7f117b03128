import type { CompiledProcedure } from '../compile/compiled-procedure';
import { getAt, jsonEqual } from '../json-pointer';
import { labelOfPath } from '../messages/field-label';
import type { CoreError, PrefillValue } from '../types';

/**
 * A locked prefilled answer must equal the source's value (catalogs/README.md, "Prefill"): the
 * citizen cannot change their registered name or birth date by editing the request. A missing
 * answer differs too.
 */
export function checkLockedPrefill(
  compiled: CompiledProcedure,
  answers: unknown,
  prefill: readonly PrefillValue[],
  errors: CoreError[],
): void {
  for (let i = 0; i < prefill.length; i++) {
    const p = prefill[i]!;
    if (!p.locked) continue;
    const tokens = compiled.prefill.find((c) => c.prefill.target === p.target)?.tokens ?? [];
    if (jsonEqual(getAt(answers, tokens), p.value)) continue;
    const field = labelOfPath(p.target, compiled.form.titles);
    const source = compiled.sourceNames.get(p.source) ?? { vi: p.source, en: p.source };
    errors.push({
      path: `/answers${p.target}`,
      code: 'prefill.locked',
      message: {
        vi: `«${field}» phải giữ nguyên như trong ${source.vi}.`,
        en: `«${field}» must stay as recorded in the ${source.en}.`,
      },
    });
  }
}
