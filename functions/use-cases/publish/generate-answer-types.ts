/**
 * The TypeScript type of a procedure's answers, for integrators who post submissions from their own
 * systems. json-schema-to-typescript (with prettier) bundles with esbuild as ESM for Lambda when the
 * bundle defines `require` via `createRequire` — checked with esbuild 0.28: about 7 MB.
 */
import { compile } from 'json-schema-to-typescript';
import type { Procedure } from '../../core/types';
import { AppError } from '../../errors';

/** @example typeName('dang-ky-khai-sinh') === 'DangKyKhaiSinhAnswers' */
export function answerTypeName(procedureId: string): string {
  const pascal = procedureId
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `${/^[0-9]/.test(pascal) ? `P${pascal}` : pascal}Answers`;
}

/** Generates `types/<id>.ts`; 422 `publish.types-failed` naming the procedure if the schema cannot be typed. */
export async function generateAnswerTypes(procedure: Procedure, version: number): Promise<string> {
  try {
    return await compile(titlesAsComments(procedure.form.schema) as never, answerTypeName(procedure.id), {
      bannerComment: `/* Answers of ${procedure.code} ${procedure.name.vi} (version ${version}); generated at publish. */`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      $refOptions: { resolve: { external: false, file: false, http: false } } as never,
      style: { singleQuote: true },
    });
  } catch (cause) {
    throw new AppError(
      422,
      'publish.types-failed',
      {
        vi: `Không sinh được kiểu TypeScript cho biểu mẫu của thủ tục "${procedure.id}": ${(cause as Error).message}`,
        en: `Could not generate the TypeScript type of the form of procedure "${procedure.id}": ${(cause as Error).message}`,
      },
      { cause },
    );
  }
}

/**
 * json-schema-to-typescript names a type after its `title`; officers' titles are Vietnamese labels
 * ("Họ, chữ đệm và tên") that would become names like `HChDMVaTenCATr`. Titles become doc comments
 * instead, so properties keep plain types and the labels still show in editors.
 */
function titlesAsComments(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(titlesAsComments);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' && typeof value === 'string') continue;
    out[key] = titlesAsComments(value);
  }
  const { title, description } = node as { title?: unknown; description?: unknown };
  if (typeof title === 'string' && description === undefined) out.description = title;
  return out;
}
