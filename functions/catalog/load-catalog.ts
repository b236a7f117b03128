/**
 * Loads a catalog folder (registry.json, policies/, procedures/) and checks it: format of every
 * file, then the semantic checks across files. The backend seeds from this at `npm start`.
 *
 * @example
 *   const catalog = await loadCatalog('catalogs');
 *   if (catalog.problems.some((p) => p.severity === 'error')) throw new Error('catalog has errors');
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JurisdictionPolicy, Procedure, Registry } from '../core/types';
import { assembleCatalog } from './assemble-catalog';
import { collectJsonFiles } from './collect-json-files';
import type { LocatedProblem } from './located-problem';
import { type CatalogFile, readCatalogFile } from './read-catalog-file';

/** The repository's own catalog folder. */
export const defaultCatalogDir = fileURLToPath(new URL('../../catalogs/', import.meta.url));

export interface LoadedCatalog {
  /** null when registry.json is missing or malformed (then nothing else could be checked). */
  registry: Registry | null;
  /** Well-formed policies, each with its file's jurisdiction. */
  policies: JurisdictionPolicy[];
  /** Well-formed procedures. */
  procedures: Procedure[];
  /** The file each procedure came from (same order as `procedures`). */
  procedurePaths: string[];
  problems: LocatedProblem[];
}

/** Paths of a catalog folder's files: its registry.json, policies/ and procedures/. */
export async function catalogFilePaths(dir: string): Promise<string[]> {
  const root = resolve(dir);
  const paths = existsSync(join(root, 'registry.json')) ? [join(root, 'registry.json')] : [];
  for (const sub of ['policies', 'procedures']) {
    if (existsSync(join(root, sub))) paths.push(...(await collectJsonFiles(join(root, sub))));
  }
  return paths;
}

/** Reads files (in parallel); returns the catalog files that parsed and every problem found so far. */
export async function readCatalogFiles(
  paths: string[],
): Promise<{ files: CatalogFile[]; problems: LocatedProblem[] }> {
  const read = await Promise.all(paths.map((p) => readCatalogFile(p)));
  return {
    files: read.flatMap((r) => (r.file ? [r.file] : [])),
    problems: read.flatMap((r) => r.problems),
  };
}

export function registryMissing(dir: string): LocatedProblem {
  return {
    file: join(resolve(dir), 'registry.json'),
    severity: 'error',
    code: 'registry.unusable',
    pointer: '',
    message: {
      vi: 'Thiếu registry.json hợp lệ nên không kiểm tra được các tham chiếu (lĩnh vực, cơ quan, danh mục phí, nguồn dữ liệu)',
      en: 'No valid registry.json, so references (fields, agencies, fee categories, data sources) could not be checked',
    },
  };
}

export async function loadCatalog(dir: string = defaultCatalogDir): Promise<LoadedCatalog> {
  const { files, problems } = await readCatalogFiles(await catalogFilePaths(dir));
  const catalog = assembleCatalog(files);
  const all = [...problems, ...catalog.problems];
  if (!catalog.registry && !all.some((p) => p.file.endsWith('registry.json'))) all.push(registryMissing(dir));
  return {
    registry: catalog.registry,
    policies: catalog.policies,
    procedures: catalog.procedures,
    procedurePaths: catalog.procedureFiles.map((f) => f.path),
    problems: all,
  };
}
