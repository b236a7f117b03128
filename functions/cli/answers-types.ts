/**
 * `catalog types`: the TypeScript type of each procedure's answers, generated from its form schema
 * with json-schema-to-typescript, one file per procedure (`<out>/<procedure-id>.ts`).
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { localizeRefs } from '../core/compile/embedded-resources';
import type { Procedure } from '../core/types';

/** Generated, not committed (the folder's .gitignore): regenerate with `npm run catalog -- types`. */
export const defaultAnswersDir = fileURLToPath(new URL('../generated/answers/', import.meta.url));

/** `dang-ky-khai-sinh` → `DangKyKhaiSinhAnswers`. */
export function answersTypeName(procedureId: string): string {
  const pascal = procedureId
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return `${/^[0-9]/.test(pascal) ? `P${pascal}` : pascal}Answers`;
}

/** Returns the TypeScript source of the answers type of one procedure. */
export async function generateAnswersType(procedure: Procedure, sourceFile: string): Promise<string> {
  // Titles are Vietnamese labels; as type names they would be mangled (HChDMVaTen), so they
  // become doc comments and the answers type is named after the procedure.
  // `localizeRefs` copies the schema with references to embedded `$id`s as `#/…` pointers: the
  // compiler would otherwise look for them as files.
  const schema = titlesToDescriptions(localizeRefs(procedure.form.schema)) as Record<string, unknown>;
  return compile(schema as Parameters<typeof compile>[0], answersTypeName(procedure.id), {
    cwd: dirname(sourceFile),
    bannerComment: `/* Answers of procedure "${procedure.id}", generated from its form schema by \`npm run catalog -- types\`. Do not edit. */`,
    additionalProperties: false,
    declareExternallyReferenced: true,
    style: { singleQuote: true },
  });
}

export async function writeAnswersTypes(
  procedures: { procedure: Procedure; file: string }[],
  outDir: string,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const { procedure, file } of procedures) {
    const target = join(outDir, `${procedure.id}.ts`);
    await writeFile(target, await generateAnswersType(procedure, file));
    written.push(target);
  }
  return written;
}

function titlesToDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(titlesToDescriptions);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'title' && typeof v === 'string') {
      if (!('description' in node)) out.description = v;
    } else out[k] = k === 'const' || k === 'enum' || k === 'default' ? v : titlesToDescriptions(v);
  }
  return out;
}
