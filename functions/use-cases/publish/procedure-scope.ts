/**
 * What of a procedure decides which registry entries and policies concern it: its ids, agency,
 * field, level and fee lines (the inputs of jurisdictionChain and policiesForLine), a few hundred
 * bytes. A release keeps one per procedure (`scopes.json`, from the index entries), so a policy's
 * impact table or a registry change check finds the procedures it concerns without reading every
 * published version (catalog-data/published-procedures.ts).
 */
import type { LineScope } from '../../core/compile/policies-for-line';
import type { Procedure } from '../../core/types';

export interface ProcedureScope {
  id: string;
  code: string;
  agency: string;
  field: string;
  level: string;
  fees: LineScope[];
}

export function scopeOf(procedure: Procedure): ProcedureScope {
  return {
    id: procedure.id,
    code: procedure.code,
    agency: procedure.agency,
    field: procedure.field,
    level: procedure.level,
    fees: procedure.fees.map((line) => ({
      id: line.id,
      kind: line.kind,
      category: line.category,
      ...(line.appraisal !== undefined ? { appraisal: line.appraisal } : {}),
      ...(line.setBy !== undefined ? { setBy: line.setBy } : {}),
    })),
  };
}
