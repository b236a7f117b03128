/** The well-formed, error-free procedures among the given paths (default: the whole catalog). */
import { type CheckReport, checkPaths } from '../catalog/check-paths';
import { readJsonFile } from '../catalog/json-file';
import type { Procedure } from '../core/types';

export async function proceduresFor(
  paths: string[],
): Promise<{ procedures: { procedure: Procedure; file: string }[]; report: CheckReport }> {
  const report = await checkPaths(paths);
  const procedures: { procedure: Procedure; file: string }[] = [];
  for (const t of report.tests) {
    const read = await readJsonFile(t.file);
    if (read.ok) procedures.push({ procedure: read.file.json as Procedure, file: t.file });
  }
  return { procedures, report };
}
