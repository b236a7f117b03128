/**
 * Everything `catalog check` does with one procedure file, on its own: read, format, the
 * procedure's semantic layers, its test cases. It returns only what the report and the checks
 * across files need (problems placed in the file, test results, and the few members uniqueness
 * and policies read), so the parsed file, its syntax tree and its compiled validators can be
 * released before the next file: memory stays flat however large the catalog.
 */
import { brokenMembers, checkProcedure, runProcedureTests, validateFormat } from '../core/catalog-checks';
import type { ProcedureTestRun } from '../core/catalog-checks/run-tests';
import type { JurisdictionPolicy, Procedure, Registry } from '../core/types';
import type { LocatedProblem } from './located-problem';
import { readCatalogFile } from './read-catalog-file';
import { shareConditions } from './share-conditions';

export interface ProcedureFileContext {
  /** null when the catalog has no usable registry (then no semantic check runs). */
  registry: Registry | null;
  policies: JurisdictionPolicy[];
}

/** What the checks across files read of a well-formed procedure, with where those members are. */
export interface ProcedureSummary {
  id: string;
  code: string;
  agency: string;
  localCode?: string;
  fees: { id: string }[];
  /** Line and column of /id, /code and /localCode, to place uniqueness problems. */
  at: Record<string, { line: number; column: number }>;
}

export interface ProcedureFileResult {
  path: string;
  /** Not a procedure after all (its $schema says registry or policy): the caller reads it itself. */
  otherKind?: 'registry' | 'policy';
  /** The file parsed (else only `readProblems`). */
  parsed: boolean;
  wellFormed: boolean;
  /** JSON and format problems. */
  readProblems: LocatedProblem[];
  /** The procedure's semantic layers (only for files being reported and with a registry). */
  semanticProblems: LocatedProblem[];
  summary?: ProcedureSummary;
  /** The test cases' run, when the file is reported, well-formed and has no semantic error. */
  run?: ProcedureTestRun;
}

/**
 * `reported` files get every check; the others (context: the rest of the catalog when only some
 * files are checked) only what the checks across files need.
 */
export async function checkProcedureFile(
  path: string,
  ctx: ProcedureFileContext,
  reported: boolean,
): Promise<ProcedureFileResult> {
  const read = await readCatalogFile(path);
  const result: ProcedureFileResult = {
    path,
    parsed: read.file !== undefined,
    wellFormed: read.file?.wellFormed ?? false,
    readProblems: read.problems,
    semanticProblems: [],
  };
  const file = read.file;
  if (!file) return result;
  if (file.kind !== 'procedure') return { ...result, otherKind: file.kind };
  const json = file.file.json;
  const place = (problems: ReturnType<typeof checkProcedure>): LocatedProblem[] =>
    problems.map(({ subject: _subject, ...rest }) => ({
      ...rest,
      file: path,
      ...file.file.locate(rest.pointer),
    }));
  if (!file.wellFormed) {
    if (reported && ctx.registry) {
      const broken = brokenMembers(json, validateFormat('procedure', json));
      if (broken) {
        const context = { registry: ctx.registry, policies: ctx.policies };
        result.semanticProblems = place(checkProcedure(json as Procedure, context, 0, broken));
      }
    }
    return result;
  }
  const procedure = json as Procedure;
  result.summary = {
    id: procedure.id,
    code: procedure.code,
    agency: procedure.agency,
    ...(procedure.localCode === undefined ? {} : { localCode: procedure.localCode }),
    fees: procedure.fees.map((f) => ({ id: f.id })),
    at: Object.fromEntries(['/id', '/code', '/localCode'].map((p) => [p, file.file.locate(p)])),
  };
  if (reported && ctx.registry) {
    const context = { registry: ctx.registry, policies: ctx.policies };
    shareConditions(procedure);
    result.semanticProblems = place(checkProcedure(procedure, context));
    if (!result.semanticProblems.some((p) => p.severity === 'error')) {
      result.run = runProcedureTests(procedure, context);
    }
  }
  return result;
}
