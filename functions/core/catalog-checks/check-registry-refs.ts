/** The registry entries a procedure is filed under: its field, level and agency. */
import type { Procedure } from '../types';
import { type problemsFor, q } from './problem';
import type { RegistryIndex } from './registry-index';

type Report = ReturnType<typeof problemsFor>;

/** Reads only `field`, `level` and `agency`, so it runs even when the rest of the file is malformed. */
export function checkRegistryRefs(
  p: Pick<Procedure, 'field' | 'level' | 'agency'>,
  index: RegistryIndex,
  report: Report,
): void {
  const { error, warning } = report;
  if (!index.fields.has(p.field)) {
    error('field.unknown', '/field', {
      vi: `Lĩnh vực ${q.vi(p.field)} không có trong registry.json`,
      en: `Field ${q.en(p.field)} is not in registry.json`,
    });
  }
  if (!index.levels.has(p.level)) {
    error('level.unknown', '/level', {
      vi: `Cấp thực hiện ${q.vi(p.level)} không có trong registry.json`,
      en: `Level ${q.en(p.level)} is not in registry.json`,
    });
  }
  const agency = index.agencies.get(p.agency);
  if (!agency) {
    error('agency.unknown', '/agency', {
      vi: `Cơ quan thực hiện ${q.vi(p.agency)} không có trong registry.json`,
      en: `Agency ${q.en(p.agency)} is not in registry.json`,
    });
  } else if (agency.level !== p.level) {
    warning('agency.level.mismatch', '/level', {
      vi: `Cấp thực hiện ${q.vi(p.level)} khác cấp của cơ quan ${q.vi(p.agency)} (${agency.level})`,
      en: `Level ${q.en(p.level)} differs from the level of agency ${q.en(p.agency)} (${agency.level})`,
    });
  }
}
