/**
 * A catalog repeats the same conditions (fee exemptions, optional documents) across many
 * procedures. The core compiles a condition once per object (compile/conditions.ts), so each
 * condition is swapped for the first object seen with the same text: every copy then compiles
 * once per thread instead of once per procedure. Same text, same predicate; the definitions are
 * only read.
 */
import type { Procedure } from '../core/types';

const byText = new Map<string, object>();
/** Bounded so a catalog of all-different conditions does not keep every one alive. */
const maxShared = 2000;

function shared<T>(when: T): T {
  if (typeof when !== 'object' || when === null) return when;
  const text = JSON.stringify(when);
  const first = byText.get(text);
  if (first) return first as T;
  if (byText.size >= maxShared) byText.clear();
  byText.set(text, when);
  return when;
}

/** Replaces `procedure`'s conditions in place with shared equal ones. */
export function shareConditions(procedure: Procedure): void {
  for (const fee of procedure.fees) {
    if (fee.when !== undefined) fee.when = shared(fee.when);
    for (const exemption of fee.exemptions ?? []) exemption.when = shared(exemption.when);
  }
  for (const documentCase of procedure.documentCases) {
    if (documentCase.when !== undefined) documentCase.when = shared(documentCase.when);
    for (const document of documentCase.documents) {
      if (document.when !== undefined) document.when = shared(document.when);
    }
  }
}
