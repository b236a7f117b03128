/** Reads one catalog file, decides what kind it is, and validates it against the format. */
import { basename, dirname } from 'node:path';
import { type CatalogFileKind, validateFormat } from '../core/catalog-checks';
import { type JsonFile, readJsonFile } from './json-file';
import type { LocatedProblem } from './located-problem';

export interface CatalogFile {
  path: string;
  kind: CatalogFileKind;
  file: JsonFile;
  /** Passed format validation, so semantic checks may read it. */
  wellFormed: boolean;
}

/**
 * The kind of a parsed file: by its `$schema` (…/procedure.schema.json), else by location
 * (registry.json, policies/, procedures/); null when it is none of them.
 */
export function detectKind(path: string, json: unknown): CatalogFileKind | null {
  const schema =
    typeof json === 'object' && json !== null ? (json as { $schema?: unknown }).$schema : undefined;
  const named =
    typeof schema === 'string' ? schema.match(/(procedure|policy|registry)\.schema\.json$/)?.[1] : undefined;
  if (named) return named as CatalogFileKind;
  if (basename(path) === 'registry.json') return 'registry';
  const folder = basename(dirname(path));
  if (folder === 'policies') return 'policy';
  if (folder === 'procedures') return 'procedure';
  return null;
}

export async function readCatalogFile(
  path: string,
): Promise<{ file?: CatalogFile; problems: LocatedProblem[] }> {
  const read = await readJsonFile(path);
  if (!read.ok) return { problems: read.problems };
  const { file } = read;
  const kind = detectKind(path, file.json);
  if (!kind) {
    return {
      problems: [
        {
          file: path,
          severity: 'error',
          code: 'file.kind.unknown',
          pointer: '',
          line: 1,
          column: 1,
          message: {
            vi: 'Tệp JSON này không phải thủ tục, chính sách phí hay registry: thêm "$schema" trỏ tới procedure.schema.json, policy.schema.json hoặc registry.schema.json, hoặc đặt tệp trong thư mục procedures/ hay policies/',
            en: 'This JSON file is not a procedure, fee policy or registry: add "$schema" pointing to procedure.schema.json, policy.schema.json or registry.schema.json, or put it in procedures/ or policies/',
          },
        },
      ],
    };
  }
  const format = validateFormat(kind, file.json).map(
    (p): LocatedProblem => ({
      file: path,
      severity: p.severity,
      code: p.code,
      pointer: p.pointer,
      message: p.message,
      ...file.locate(p.pointer),
    }),
  );
  const problems = [...read.problems, ...format];
  return { file: { path, kind, file, wellFormed: format.length === 0 }, problems };
}
