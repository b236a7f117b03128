/**
 * Bad input at the door of `catalog check`: each gets one clear, located error in both languages,
 * and the check goes on with the other files instead of crashing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../functions/catalog/check-paths';
import { maxCatalogFileBytes } from '../../functions/catalog/json-file';
import { loadCatalog } from '../../functions/catalog/load-catalog';
import { basePolicies, baseProcedure, baseRegistry } from '../fixtures/catalog/base';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-bad-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('catalog check on bad input', () => {
  it('refuses a huge file without parsing it, and still checks the others', async () => {
    const dir = folder({
      'registry.json': JSON.stringify(baseRegistry),
      'policies/ho-chi-minh.json': JSON.stringify(basePolicies),
      'procedures/huge.json': `{"formatVersion": 1, "padding": "${'x'.repeat(maxCatalogFileBytes)}"}`,
      'procedures/khai-sinh.json': JSON.stringify(baseProcedure, null, 2),
    });
    const report = await checkPaths([dir]);
    expect(report.problems.map((p) => [p.file.slice(dir.length), p.code])).toEqual([
      ['/procedures/huge.json', 'file.too-large'],
    ]);
    expect(report.problems[0]!.message.vi).toContain(`${maxCatalogFileBytes} byte`);
    expect(report.summary.testsPassed).toBe(3);
    expect(report.ok).toBe(false);
  });

  it('reports a missing file, an empty file and a JSON array each as one error', async () => {
    const dir = folder({
      'registry.json': JSON.stringify(baseRegistry),
      'procedures/empty.json': '',
      'procedures/list.json': '[1, 2]',
    });
    const report = await checkPaths([join(dir, 'procedures/nope.json'), join(dir, 'procedures')]);
    const byFile = Object.fromEntries(
      report.problems.map((p) => [p.file.slice(dir.length), `${p.code} ${p.pointer}`]),
    );
    expect(byFile).toEqual({
      '/procedures/nope.json': 'file.unreadable ',
      '/procedures/empty.json': 'json.syntax ',
      '/procedures/list.json': 'format.type ',
    });
    expect(report.problems).toHaveLength(3);
  });

  it('says so when a folder has nothing to check, instead of passing', async () => {
    const dir = folder({ 'notes.txt': 'không phải JSON' });
    const report = await checkPaths([dir]);
    expect(report.problems.map((p) => p.code)).toEqual(['path.no-files']);
    expect(report.ok).toBe(false);
  });

  it('loadCatalog says that references were not checked when registry.json is missing', async () => {
    const dir = folder({ 'procedures/khai-sinh.json': JSON.stringify(baseProcedure) });
    const catalog = await loadCatalog(dir);
    expect(catalog.registry).toBeNull();
    expect(catalog.procedures.map((p) => p.id)).toEqual(['khai-sinh']);
    expect(catalog.problems.map((p) => p.code)).toEqual(['registry.unusable']);
  });

  it('a malformed registry stops the reference checks with its own syntax error, once', async () => {
    const dir = folder({
      'registry.json': '{ "formatVersion": 1, ',
      'procedures/khai-sinh.json': JSON.stringify(baseProcedure),
    });
    const report = await checkPaths([dir]);
    expect(report.problems.map((p) => `${p.file.slice(dir.length)} ${p.code} ${p.line}`)).toEqual([
      '/registry.json json.syntax 1',
    ]);
    expect(report.summary.testsSkipped).toBe(1);
  });
});
