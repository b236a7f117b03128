/**
 * The TypeScript types of the catalog format are generated from catalogs/schema and committed.
 * When a schema changes without `npm run gen:format`, this test fails and names the stale file.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatNames, generatedDir, generateFormatType } from '../../functions/cli/format-types';

describe('generated format types', () => {
  it.each(formatNames)(
    'functions/core/format/generated/%s.ts matches catalogs/schema (run `npm run gen:format` if not)',
    async (name) => {
      const committed = await readFile(`${generatedDir}${name}.ts`, 'utf8');
      expect(committed, `functions/core/format/generated/${name}.ts is stale: run npm run gen:format`).toBe(
        await generateFormatType(name),
      );
    },
  );
});
