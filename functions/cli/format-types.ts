/**
 * Generates the TypeScript types of the catalog format (procedure, policy, registry) from the JSON
 * Schemas in catalogs/schema. `npm run gen:format` writes them; test/catalog/format-types.test.ts
 * fails when the committed files are stale.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

export const schemaDir = fileURLToPath(new URL('../../catalogs/schema/', import.meta.url));
export const generatedDir = fileURLToPath(new URL('../core/format/generated/', import.meta.url));
export const formatNames = ['procedure', 'policy', 'registry'] as const;

const banner = '/* Generated from catalogs/schema by `npm run gen:format`. Do not edit. */';

/** Returns the generated TypeScript source of one format schema. */
export async function generateFormatType(name: (typeof formatNames)[number]): Promise<string> {
  const schema = JSON.parse(await readFile(`${schemaDir}${name}.schema.json`, 'utf8'));
  return compile(schema, schema.title, {
    cwd: schemaDir,
    bannerComment: banner,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    style: { singleQuote: true },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { writeFile } = await import('node:fs/promises');
  for (const name of formatNames) {
    await writeFile(`${generatedDir}${name}.ts`, await generateFormatType(name));
    console.log(`wrote functions/core/format/generated/${name}.ts`);
  }
}
