/**
 * Every rule of `catalog check`, each with a broken fixture (test/fixtures/catalog/<case>/) that
 * must produce exactly that problem, at that pointer and line, and a valid fixture that passes.
 * Runs the real loader and checks in-process; catalog-cli.test.ts runs the command itself.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../functions/catalog/check-paths';
import { brokenCases } from '../fixtures/catalog/cases';

const committed = fileURLToPath(new URL('../fixtures/catalog/', import.meta.url));
const temporary = mkdtempSync(join(tmpdir(), 'catalog-fixtures-'));
for (const c of brokenCases.filter((x) => x.temporary)) {
  for (const [path, value] of Object.entries(c.files())) {
    mkdirSync(dirname(join(temporary, c.name, path)), { recursive: true });
    writeFileSync(
      join(temporary, c.name, path),
      typeof value === 'string' ? value : JSON.stringify(value, null, 2),
    );
  }
}

const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

describe('catalog check on the valid fixture', () => {
  it('passes: no problems, and every embedded test case passes through the core', async () => {
    const report = await checkPaths([join(committed, 'valid')]);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const results = report.tests.flatMap((t) => (t.run?.ok ? t.run.results : []));
    expect(results.length).toBe(3);
    expect(results.every((r) => r.passed)).toBe(true);
  });
});

describe.each(brokenCases)('catalog check on the broken fixture $name', (c) => {
  it(`reports ${c.expect.map((e) => e.code).join(', ')} where the mistake is`, async () => {
    const fixtures = c.temporary ? temporary : committed;
    const report = await checkPaths([join(fixtures, c.name)]);
    for (const want of c.expect) {
      const file = join(fixtures, c.name, want.file);
      if (want.code === 'test.failed') {
        const run = report.tests.find((t) => t.file === file)?.run;
        const failed = run?.ok ? run.results.filter((r) => !r.passed) : [];
        expect(failed.map((r) => `/tests/${r.index}`)).toEqual([want.pointer]);
        expect(failed[0]!.failures.map((f) => f.vi).join(' ')).toContain(want.says ?? '');
        expect(report.ok).toBe(false);
        continue;
      }
      const found = report.problems.filter((p) => p.file === file && p.code === want.code);
      expect(found.map((p) => p.pointer)).toContain(want.pointer);
      const problem = found.find((p) => p.pointer === want.pointer)!;
      expect(problem.severity).toBe(want.severity ?? 'error');
      if (want.near) expect(problem.line).toBe(lineOf(file, want.near));
      if (want.says) expect(problem.message.vi).toContain(want.says);
      expect(problem.message.vi).not.toBe('');
      expect(problem.message.en).not.toBe(problem.message.vi);
    }
    // One clear problem per mistake: nothing else is reported as an error.
    const expectedCodes = c.expect.map((e) => e.code);
    expect(report.problems.filter((p) => p.severity === 'error' && !expectedCodes.includes(p.code))).toEqual(
      [],
    );
    // An error fails the check; a warning alone does not.
    expect(report.ok).toBe(c.expect.every((e) => e.severity === 'warning'));
  });
});
