/**
 * Prints which elements of the applicant-form format the designer edits visually and which only
 * the JSON view reaches (functions/core/designer/format-coverage.ts), for the note:
 * `npx tsx functions/cli/format-coverage.ts` (add `--en` for English reasons).
 */
import { coverageCounts, formatElements } from '../core/designer/format-coverage';

const en = process.argv.includes('--en');
const counts = coverageCounts();
console.log(
  `Format elements: ${counts.visual} visual, ${counts.jsonOnly} JSON-only (${counts.outside} accepted by a library but outside the format, not counted)`,
);
console.log(
  `Also: ${counts.readOnly} shown read-only and kept (an advanced condition), ${counts.fixed} fixed by the format (nothing to edit)`,
);
for (const coverage of ['json-only', 'read-only', 'fixed', 'outside'] as const) {
  console.log(`\n## ${coverage}`);
  for (const e of formatElements.filter((x) => x.coverage === coverage))
    console.log(`- ${e.group} ${e.name}: ${en ? e.how.en : e.how.vi}`);
}
