import type { CompiledPrefill, CompiledProcedure } from '../compile/compiled-procedure';
import { getAt, jsonEqual } from '../json-pointer';
import { labelOfPath } from '../messages/field-label';
import type { CitizenView } from '../reuse/citizen';
import type { CoreError, Message } from '../types';

const messages = new WeakMap<CompiledPrefill, Message>();

/**
 * A locked prefilled answer must equal the source's value (catalogs/README.md, "Prefill"): the
 * citizen cannot change their registered name or birth date by editing the request. A missing
 * answer differs too. Sources that supply no value lock nothing.
 */
export function checkLockedPrefill(
  compiled: CompiledProcedure,
  answers: unknown,
  citizen: CitizenView,
  errors: CoreError[],
): void {
  for (const p of compiled.prefill) {
    if (p.prefill.locked !== true) continue;
    const value = citizen.attribute(p.prefill.source, p.prefill.attribute);
    if (value === undefined || value === null) continue;
    if (jsonEqual(getAt(answers, p.tokens), value)) continue;
    errors.push({
      path: `/answers${p.prefill.target}`,
      code: 'prefill.locked',
      message: lockedMessage(compiled, p),
    });
  }
}

function lockedMessage(compiled: CompiledProcedure, p: CompiledPrefill): Message {
  let message = messages.get(p);
  if (message === undefined) {
    const field = labelOfPath(p.prefill.target, compiled.form.titles);
    message = Object.freeze({
      vi: `«${field}» phải giữ nguyên như trong ${p.sourceName.vi}.`,
      en: `«${field}» must stay as recorded in the ${p.sourceName.en}.`,
    });
    messages.set(p, message);
  }
  return message;
}
