/**
 * `catalog check [paths…]`: checks the given files or folders (default: the whole catalog). Files
 * are checked against the catalog they belong to — the nearest folder above with a registry.json,
 * else the repository's catalogs/ — so references resolve, but only the given files are reported.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ProcedureTestRun, runProcedureTests } from '../core/catalog-checks/run-tests';
import { assembleCatalog } from './assemble-catalog';
import { collectJsonFiles } from './collect-json-files';
import { catalogFilePaths, defaultCatalogDir, readCatalogFiles, registryMissing } from './load-catalog';
import type { LocatedProblem } from './located-problem';

export interface ProcedureTests {
  file: string;
  procedure: string;
  /** Absent when the procedure has errors: its tests are not run until they are fixed. */
  run?: ProcedureTestRun;
}

export interface CheckReport {
  ok: boolean;
  files: string[];
  problems: LocatedProblem[];
  tests: ProcedureTests[];
  summary: {
    files: number;
    errors: number;
    warnings: number;
    testsPassed: number;
    testsFailed: number;
    testsSkipped: number;
  };
}

/** The catalog folder a path belongs to. */
export function catalogRootOf(path: string): string {
  let dir = existsSync(path) && statSync(path).isDirectory() ? path : dirname(path);
  for (;;) {
    if (existsSync(join(dir, 'registry.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(defaultCatalogDir);
    dir = up;
  }
}

export async function checkPaths(paths: string[]): Promise<CheckReport> {
  const absolute = (paths.length > 0 ? paths : [defaultCatalogDir]).map((p) => resolve(p));
  const byRoot = new Map<string, string[]>();
  const problems: LocatedProblem[] = [];
  for (const p of absolute) {
    const root = catalogRootOf(p);
    const targets = existsSync(p) && statSync(p).isDirectory() ? await collectJsonFiles(p) : [p];
    if (targets.length === 0) problems.push(noFiles(p));
    byRoot.set(root, [...(byRoot.get(root) ?? []), ...targets]);
  }
  const tests: ProcedureTests[] = [];
  const files: string[] = [];
  for (const [root, targetList] of byRoot) {
    const targets = new Set(targetList);
    files.push(...targets);
    const context = (await catalogFilePaths(root)).filter((p) => !targets.has(p));
    const read = await readCatalogFiles([...targets, ...context]);
    problems.push(...read.problems.filter((p) => targets.has(p.file)));
    const catalog = assembleCatalog(read.files);
    if (!catalog.registry) {
      const missing = registryMissing(root);
      if (!problems.some((p) => p.file === missing.file)) problems.push(missing);
    }
    problems.push(...catalog.problems.filter((p) => targets.has(p.file)));
    catalog.procedureFiles.forEach((f, i) => {
      if (!targets.has(f.path)) return;
      const procedure = catalog.procedures[i]!;
      const broken =
        !catalog.registry || catalog.problems.some((p) => p.file === f.path && p.severity === 'error');
      tests.push({
        file: f.path,
        procedure: procedure.id,
        run: broken
          ? undefined
          : runProcedureTests(procedure, { registry: catalog.registry!, policies: catalog.policies }),
      });
    });
  }
  return summarize([...new Set(files)], problems, tests);
}

function noFiles(dir: string): LocatedProblem {
  return {
    file: dir,
    severity: 'error',
    code: 'path.no-files',
    pointer: '',
    message: {
      vi: 'Thư mục không có tệp .json nào để kiểm tra',
      en: 'The folder has no .json file to check',
    },
  };
}

function summarize(files: string[], problems: LocatedProblem[], tests: ProcedureTests[]): CheckReport {
  problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const results = tests.flatMap((t) => (t.run?.ok ? t.run.results : []));
  const summary = {
    files: files.length,
    errors:
      problems.filter((p) => p.severity === 'error').length + tests.filter((t) => t.run && !t.run.ok).length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    testsPassed: results.filter((r) => r.passed).length,
    testsFailed: results.filter((r) => !r.passed).length,
    testsSkipped: tests.filter((t) => !t.run).length,
  };
  return { ok: summary.errors === 0 && summary.testsFailed === 0, files, problems, tests, summary };
}
