/**
 * The repository's own catalog (catalogs/) must pass `catalog check`: format, semantic checks and
 * every embedded test case through the core. This is what `npm start` seeds and what gets published.
 */
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../functions/catalog/check-paths';
import { loadCatalog } from '../../functions/catalog/load-catalog';

const describeProblems = (
  problems: { file: string; line?: number; code: string; pointer: string; message: { en: string } }[],
) => problems.map((p) => `${p.file}:${p.line} ${p.pointer} [${p.code}] ${p.message.en}`).join('\n');

describe('catalogs/', () => {
  it('loads: a registry, policies with their jurisdiction, and procedures, with no errors', async () => {
    const catalog = await loadCatalog();
    const errors = catalog.problems.filter((p) => p.severity === 'error');
    expect(describeProblems(errors)).toBe('');
    expect(catalog.registry).not.toBeNull();
    expect(catalog.procedures.length).toBeGreaterThan(0);
    expect(catalog.procedurePaths).toHaveLength(catalog.procedures.length);
    for (const policy of catalog.policies) {
      expect(catalog.registry!.jurisdictions.map((j) => j.id)).toContain(policy.jurisdiction);
    }
  });

  it('passes catalog check, every embedded test case included', async () => {
    const report = await checkPaths([]);
    expect(describeProblems(report.problems.filter((p) => p.severity === 'error'))).toBe('');
    const failed = report.tests.flatMap((t) =>
      t.run?.ok
        ? t.run.results
            .filter((r) => !r.passed)
            .map((r) => `${t.procedure} #${r.index} ${r.name}: ${r.failures.map((f) => f.en).join('; ')}`)
        : [`${t.procedure}: ${t.run ? t.run.error.en : 'not run'}`],
    );
    expect(failed.join('\n')).toBe('');
    expect(report.summary.testsPassed).toBeGreaterThan(0);
    expect(report.ok).toBe(true);
  });
});
