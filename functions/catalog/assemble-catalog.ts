/**
 * Turns catalog files into the objects the pure checks read, runs them, and places every problem
 * back in its file, line and column.
 */
import {
  brokenMembers,
  type CatalogProblem,
  checkCatalog,
  checkProcedure,
  validateFormat,
} from '../core/catalog-checks';
import type { CatalogContext, JurisdictionPolicy, PolicyFile, Procedure, Registry } from '../core/types';
import type { LocatedProblem } from './located-problem';
import type { CatalogFile } from './read-catalog-file';

export interface AssembledCatalog {
  registry: Registry | null;
  policies: JurisdictionPolicy[];
  procedures: Procedure[];
  /** The file each procedure came from (same order as `procedures`). */
  procedureFiles: CatalogFile[];
  /** Semantic problems, placed in files; empty when there is no usable registry. */
  problems: LocatedProblem[];
}

export function assembleCatalog(files: CatalogFile[]): AssembledCatalog {
  const usable = files.filter((f) => f.wellFormed);
  const registryFile = usable.find((f) => f.kind === 'registry');
  const registry = (registryFile?.file.json as Registry | undefined) ?? null;
  const policies: JurisdictionPolicy[] = [];
  const policyOrigins: { file: CatalogFile; index: number }[] = [];
  for (const f of usable.filter((x) => x.kind === 'policy')) {
    const doc = f.file.json as PolicyFile;
    doc.policies.forEach((policy, index) => {
      policies.push({ ...policy, jurisdiction: doc.jurisdiction });
      policyOrigins.push({ file: f, index });
    });
  }
  const procedureFiles = usable.filter((f) => f.kind === 'procedure');
  const procedures = procedureFiles.map((f) => f.file.json as Procedure);
  if (!registry) return { registry, policies, procedures, procedureFiles, problems: [] };

  const place = (p: CatalogProblem): LocatedProblem | null => {
    let file: CatalogFile | undefined;
    let pointer = p.pointer;
    if (p.subject.kind === 'registry') file = registryFile;
    else if (p.subject.kind === 'procedure') file = procedureFiles[p.subject.index];
    else if (p.subject.kind === 'policy') {
      const origin = policyOrigins[p.subject.index];
      file = origin?.file;
      // A policy's jurisdiction is written once, at the top of its file.
      if (origin && p.pointer !== '/jurisdiction') pointer = `/policies/${origin.index}${p.pointer}`;
    }
    if (!file) return null;
    const { subject: _subject, ...rest } = p;
    return { ...rest, pointer, file: file.path, ...file.file.locate(pointer) };
  };
  const seen = new Set<string>();
  const problems = checkCatalog({ registry, policies, procedures })
    .map(place)
    .filter((p): p is LocatedProblem => {
      if (!p) return false;
      const key = `${p.file}|${p.pointer}|${p.code}|${p.message.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  problems.push(...malformedProcedureProblems(files, { registry, policies }));
  return { registry, policies, procedures, procedureFiles, problems };
}

/**
 * A procedure file with format errors still gets every semantic layer that does not read a
 * malformed member (an agency typo shows beside a wrong fee type), placed in its file.
 */
function malformedProcedureProblems(files: CatalogFile[], ctx: CatalogContext): LocatedProblem[] {
  return files
    .filter((f) => !f.wellFormed && f.kind === 'procedure')
    .flatMap((f) => {
      const json = f.file.json;
      const broken = brokenMembers(json, validateFormat('procedure', json));
      if (!broken) return [];
      return checkProcedure(json as Procedure, ctx, 0, broken).map(
        ({ subject: _subject, ...rest }): LocatedProblem => ({
          ...rest,
          file: f.path,
          ...f.file.locate(rest.pointer),
        }),
      );
    });
}
