/**
 * `catalog check [paths…]`: checks the given files or folders (default: the whole catalog). Files
 * are checked against the catalog they belong to — the nearest folder above with a registry.json,
 * else the repository's catalogs/ — so references resolve, but only the given files are reported.
 *
 * At a province's scale (2,000 procedures) the catalog is not held in memory: the registry and
 * policies are read first, then each procedure file is checked on its own (see
 * check-procedure-file.ts), on worker threads when there are many, keeping only its problems, test
 * results and the few members the checks across files (uniqueness, policies) read.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkPolicies, checkRegistry, checkUniqueness, registryIndexOf } from '../core/catalog-checks';
import type { ProcedureTestRun } from '../core/catalog-checks/run-tests';
import type { JurisdictionPolicy, PolicyFile, Registry } from '../core/types';
import { checkProcedureFiles } from './check-pool';
import type { ProcedureFileResult } from './check-procedure-file';
import { collectJsonFiles } from './collect-json-files';
import { catalogFilePaths, defaultCatalogDir, registryMissing } from './load-catalog';
import type { LocatedProblem } from './located-problem';
import { type CatalogFile, readCatalogFile } from './read-catalog-file';

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

export interface CheckOptions {
  /** Worker threads for the procedure files; 1 = none. Default: by the CPUs and the number of files. */
  jobs?: number;
  /** Called as procedure files are checked (e.g. a progress bar). */
  onProgress?: (done: number, total: number) => void;
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

export async function checkPaths(paths: string[], options: CheckOptions = {}): Promise<CheckReport> {
  const absolute = (paths.length > 0 ? paths : [defaultCatalogDir]).map((p) => resolve(p));
  const byRoot = new Map<string, string[]>();
  const problems: LocatedProblem[] = [];
  for (const p of absolute) {
    const root = catalogRootOf(p);
    const targets = existsSync(p) && statSync(p).isDirectory() ? await collectJsonFiles(p) : [p];
    if (targets.length === 0) problems.push(noFiles(p));
    byRoot.set(root, [...(byRoot.get(root) ?? []), ...targets]);
  }
  const roots = [...byRoot].map(([root, targetList]) => {
    const targets = new Set(targetList);
    return { root, targets, all: [...targets] };
  });
  for (const r of roots) {
    const context = (await catalogFilePaths(r.root)).filter((p) => !r.targets.has(p));
    r.all.push(...context);
  }
  const total = roots.reduce((n, r) => n + r.all.filter(isProcedurePath).length, 0);
  let before = 0;
  const tests: ProcedureTests[] = [];
  const files: string[] = [];
  for (const { root, targets, all } of roots) {
    files.push(...targets);
    const progress = options.onProgress;
    const offset = before;
    const checked = await checkRoot(root, targets, all, {
      ...options,
      onProgress: progress && ((done) => progress(offset + done, total)),
    });
    before += all.filter(isProcedurePath).length;
    problems.push(...checked.problems);
    tests.push(...checked.tests);
  }
  return summarize([...new Set(files)], problems, tests);
}

/** Procedure files go to the per-file pipeline; registry and policies are read first, here. */
const isProcedurePath = (path: string) =>
  basename(path) !== 'registry.json' && basename(dirname(path)) !== 'policies';

/** A catalog file in the order checkCatalog numbers it: either read here whole, or checked on its own. */
interface Entry {
  path: string;
  read?: Awaited<ReturnType<typeof readCatalogFile>>;
  procedure?: ProcedureFileResult;
}

async function checkRoot(
  root: string,
  targets: Set<string>,
  all: string[],
  options: CheckOptions,
): Promise<{ problems: LocatedProblem[]; tests: ProcedureTests[] }> {
  const entries: Entry[] = all.map((path) => ({ path }));
  const readHere = async (entry: Entry) => {
    entry.read = await readCatalogFile(entry.path);
  };
  await Promise.all(entries.filter((e) => !isProcedurePath(e.path)).map(readHere));
  // A procedure where a policy or the registry was expected still goes through the procedure pipeline.
  for (const e of entries) if (e.read?.file?.kind === 'procedure') e.read = undefined;
  let ctx = contextOf(entries);
  const pending = entries.filter((e) => !e.read);
  const tasks = (list: Entry[]) => list.map((e) => ({ path: e.path, reported: targets.has(e.path) }));
  let results = await checkProcedureFiles(tasks(pending), workerContext(ctx), options);
  // A file under procedures/ whose $schema says registry or policy is read here like the others;
  // if it changes the registry or the policies, the procedures are checked again against them.
  const strays = pending.filter((_, i) => results[i]!.otherKind !== undefined);
  if (strays.length > 0) {
    await Promise.all(strays.map(readHere));
    const next = contextOf(entries);
    if (next.registry !== ctx.registry || next.policies.length !== ctx.policies.length) {
      ctx = next;
      const rest = pending.filter((e) => !e.read);
      const again = await checkProcedureFiles(tasks(rest), workerContext(ctx), options);
      results = pending.map((e, i) => (e.read ? results[i]! : again[rest.indexOf(e)]!));
    }
  }
  pending.forEach((e, i) => {
    if (!e.read) e.procedure = results[i];
  });

  const problems: LocatedProblem[] = [];
  for (const e of entries) {
    if (targets.has(e.path)) problems.push(...(e.read?.problems ?? e.procedure?.readProblems ?? []));
  }
  if (!ctx.registry) {
    const missing = registryMissing(root);
    if (!problems.some((p) => p.file === missing.file)) problems.push(missing);
  }
  const semantic = ctx.registry
    ? semanticProblems(entries, ctx.registry, ctx.policies, ctx.origins)
    : new Map<string, LocatedProblem[]>();
  const tests: ProcedureTests[] = [];
  for (const e of entries) {
    if (!targets.has(e.path)) continue;
    const found = semantic.get(e.path) ?? [];
    problems.push(...found);
    const summary = e.procedure?.summary;
    if (!summary) continue;
    const broken = !ctx.registry || found.some((p) => p.severity === 'error');
    tests.push({ file: e.path, procedure: summary.id, run: broken ? undefined : e.procedure?.run });
  }
  return { problems, tests };
}

interface Context {
  registry: Registry | null;
  policies: JurisdictionPolicy[];
  origins: { file: CatalogFile; index: number }[];
}

/** What each procedure is checked against (plain data: it is copied to worker threads). */
const workerContext = ({ registry, policies }: Context) => ({ registry, policies });

/** The registry (the first well-formed one) and the policies, each with its file's jurisdiction. */
function contextOf(entries: Entry[]): Context {
  const usable = entries.flatMap((e) => (e.read?.file?.wellFormed ? [e.read.file] : []));
  const registryFile = usable.find((f) => f.kind === 'registry');
  const policies: JurisdictionPolicy[] = [];
  const origins: { file: CatalogFile; index: number }[] = [];
  for (const f of usable.filter((x) => x.kind === 'policy')) {
    const doc = f.file.json as PolicyFile;
    doc.policies.forEach((policy, index) => {
      policies.push({ ...policy, jurisdiction: doc.jurisdiction });
      origins.push({ file: f, index });
    });
  }
  return { registry: (registryFile?.file.json as Registry | undefined) ?? null, policies, origins };
}

/**
 * The semantic problems of every file, in checkCatalog's order (registry, policies, each
 * procedure's layers, uniqueness; then the layers of malformed procedures), de-duplicated alike.
 */
function semanticProblems(
  entries: Entry[],
  registry: Registry,
  policies: JurisdictionPolicy[],
  origins: Context['origins'],
): Map<string, LocatedProblem[]> {
  const registryFile = entries.find((e) => e.read?.file?.wellFormed && e.read.file.kind === 'registry')?.read
    ?.file;
  const procedures = entries.flatMap((e) => (e.procedure?.summary ? [e] : []));
  const summaries = procedures.map((e) => e.procedure!.summary!);
  const byFile = new Map<string, LocatedProblem[]>();
  const seen = new Set<string>();
  const add = (p: LocatedProblem) => {
    const key = `${p.file}|${p.pointer}|${p.code}|${p.message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  };
  for (const { subject: _s, ...p } of checkRegistry(registry)) {
    if (registryFile) add({ ...p, file: registryFile.path, ...registryFile.file.locate(p.pointer) });
  }
  for (const { subject, ...p } of checkPolicies(policies, registryIndexOf(registry), summaries)) {
    if (subject.kind !== 'policy') continue;
    const origin = origins[subject.index];
    if (!origin) continue;
    // A policy's jurisdiction is written once, at the top of its file.
    const pointer = p.pointer !== '/jurisdiction' ? `/policies/${origin.index}${p.pointer}` : p.pointer;
    add({ ...p, pointer, file: origin.file.path, ...origin.file.file.locate(pointer) });
  }
  for (const e of procedures) for (const p of e.procedure!.semanticProblems) add(p);
  for (const { subject, ...p } of checkUniqueness(summaries)) {
    const e = subject.kind === 'procedure' ? procedures[subject.index] : undefined;
    if (!e) continue;
    add({ ...p, file: e.path, ...e.procedure!.summary!.at[p.pointer] });
  }
  for (const e of entries) {
    if (e.procedure && !e.procedure.wellFormed) {
      byFile.set(e.path, [...(byFile.get(e.path) ?? []), ...e.procedure.semanticProblems]);
    }
  }
  return byFile;
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
