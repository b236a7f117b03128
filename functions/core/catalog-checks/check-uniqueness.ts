/** Ids and codes that must be unique across the catalog's procedure files. */
import type { Procedure } from '../types';
import { type CatalogProblem, problemsFor, q } from './problem';

/** Reads only ids and codes, so the CLI can pass what it kept of each file. */
export function checkUniqueness(
  procedures: readonly Pick<Procedure, 'id' | 'code' | 'agency' | 'localCode'>[],
): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  const ids = new Map<string, number>();
  const codes = new Map<string, number>();
  const localCodes = new Map<string, number>();
  procedures.forEach((p, i) => {
    const report = problemsFor({ kind: 'procedure', index: i });
    const first = ids.get(p.id);
    if (first !== undefined) {
      report.error('procedure.id.duplicate', '/id', {
        vi: `Mã thủ tục ${q.vi(p.id)} đã được dùng bởi một tệp khác`,
        en: `Procedure id ${q.en(p.id)} is already used by another file`,
      });
    } else ids.set(p.id, i);
    // The same national code is legitimately performed by many agencies (every ward registers
    // births), so the national code is unique per agency; the provincial localCode is unique outright.
    const codeKey = `${p.agency} ${p.code}`;
    if (codes.has(codeKey)) {
      report.error('procedure.code.duplicate', '/code', {
        vi: `Cơ quan ${q.vi(p.agency)} đã có thủ tục mã ${q.vi(p.code)} ở tệp khác`,
        en: `Agency ${q.en(p.agency)} already has a procedure with code ${q.en(p.code)} in another file`,
      });
    } else codes.set(codeKey, i);
    if (p.localCode !== undefined) {
      if (localCodes.has(p.localCode)) {
        report.error('procedure.localCode.duplicate', '/localCode', {
          vi: `Mã địa phương ${q.vi(p.localCode)} đã được dùng bởi một tệp khác`,
          en: `Local code ${q.en(p.localCode)} is already used by another file`,
        });
      } else localCodes.set(p.localCode, i);
    }
    found.push(...report.found);
  });
  return found;
}
