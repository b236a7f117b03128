/**
 * `catalog check` compiles each form once (core/catalog-checks/compile-form-once.ts), keeps the
 * checker's compile results by schema text, and lets equal conditions of different procedures share
 * one object (functions/catalog/share-conditions.ts). None of it may change the report: every
 * fixture, and forms and conditions Ajv warns about or refuses, are checked the core's usual way
 * (an optimising process: each form compiled by the checker and again for the test cases) and then
 * the way the CLI and its workers run (skipCodeOptimization), with the same report.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckReport, checkPaths } from '../../functions/catalog/check-paths';
import { skipCodeOptimization } from '../../functions/core/formats/create-ajv';
import { basePolicies, baseProcedure, baseRegistry } from '../fixtures/catalog/base';
import { brokenCases, edited } from '../fixtures/catalog/cases';

const fixtures = fileURLToPath(new URL('../fixtures/catalog/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-compile-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Edit = Parameters<typeof edited>[1][number];
const exemption = '/fees/0/exemptions/0/when';
const write = (path: string, value: unknown) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), `${JSON.stringify(value, null, 2)}\n`);
};
/** A procedure of the base with its own id and code, and `edits`. */
const procedure = (name: string, n: number, edits: Edit[]) => {
  write(
    `procedures/${name}.json`,
    edited(baseProcedure, [['/id', name], ['/code', `1.00${1000 + n}`], ...edits]),
  );
  return join(dir, 'procedures', `${name}.json`);
};

write('registry.json', baseRegistry);
write('policies/ho-chi-minh.json', basePolicies);
const files = {
  // The same form and exemption as the base, but a test case that expects a wrong total.
  twinFails: procedure('ban-sao-sai', 1, [['/tests/0/expect/feeTotal', 9000]]),
  twinPasses: procedure('ban-sao-dung', 2, []),
  // Ajv warns about a misspelt keyword; the checker reports it from the officer's schema.
  misspelt: procedure('go-sai-tu-khoa', 3, [['/form/schema/properties/tre/requried', ['hoTen']]]),
  // `if` without `then`/`else` (ignored, with a warning).
  ifAlone: procedure('if-mot-minh', 4, [['/form/schema/properties/soBanSao/if', { minimum: 5 }]]),
  // A `$ref` into an `if` (which the closed copy the test cases run on would move under
  // `not: { not: … }`, so its tests did not compile) is outside the profile: refused once, and no
  // test case runs on a refused form.
  refIntoIf: procedure('tham-chieu-vao-if', 5, [
    ['/form/schema/properties/tre/if', { properties: { hoTen: { minLength: 3 } } }],
    ['/form/schema/properties/tre/then', { required: ['ngaySinh'] }],
    ['/form/schema/properties/hoTenKhac', { $ref: '#/properties/tre/if/properties/hoTen' }],
  ]),
  // A condition Ajv warns about, the same text in two procedures (one shared object per thread).
  conditionA: procedure('dieu-kien-a', 6, [[`${exemption}/maxItmes`, 3]]),
  conditionB: procedure('dieu-kien-b', 7, [[`${exemption}/maxItmes`, 3]]),
  // A form and a condition that do not compile.
  invalid: procedure('khong-bien-dich', 8, [
    ['/form/schema/properties/soBanSao/minimum', 'khong'],
    [`${exemption}/properties/soNgayTuKhiSinh/maximum`, 'sáu mươi'],
  ]),
};

const cases = [
  join(fixtures, 'valid'),
  ...brokenCases.filter((c) => !c.temporary).map((c) => join(fixtures, c.name)),
  dir,
];

describe('catalog check compiling each form once', { timeout: 240_000 }, () => {
  const once: CheckReport[] = [];

  it('gives the same report as the usual way on every fixture and on forms Ajv warns about or refuses', async () => {
    const usual: CheckReport[] = [];
    for (const path of cases) usual.push(await checkPaths([path], { jobs: 1 }));
    skipCodeOptimization();
    for (const path of cases) once.push(await checkPaths([path], { jobs: 1 }));
    expect(once).toEqual(usual);
    // The cases above are what the comparison is worth: each says something.
    const report = once.at(-1)!;
    const codes = (file: string) => report.problems.filter((p) => p.file === file).map((p) => p.code);
    expect(codes(files.misspelt)).toEqual(['form.schema.strict']);
    expect(codes(files.ifAlone)).toEqual(['form.schema.strict']);
    expect(codes(files.refIntoIf)).toEqual(['schema.profile']);
    expect(codes(files.conditionA)).toEqual(['condition.schema.strict']);
    expect(codes(files.conditionB)).toEqual(['condition.schema.strict']);
    expect(codes(files.invalid).sort()).toEqual(['condition.invalid', 'form.schema.invalid']);
  });

  it('runs each procedure’s own test cases and reports each result in its own file', () => {
    const report = once.at(-1)!;
    const run = (file: string) => report.tests.find((t) => t.file === file)?.run;
    const results = (file: string) => {
      const r = run(file);
      return r?.ok ? r.results.map((x) => x.passed) : r;
    };
    expect(results(files.twinPasses)).toEqual([true, true, true]);
    expect(results(files.twinFails)).toEqual([false, true, true]);
    const failed = run(files.twinFails);
    expect(failed?.ok && failed.results[0]!.failures.map((f) => f.en)).toEqual([
      'Expected fee total 9000, got 8000.',
    ]);
    for (const file of [files.misspelt, files.ifAlone, files.conditionA, files.conditionB])
      expect(results(file)).toEqual([true, true, true]);
    expect(run(files.refIntoIf)).toBeUndefined();
    expect(run(files.invalid)).toBeUndefined();
    const warned = report.problems.filter((p) => p.code === 'condition.schema.strict');
    expect(warned.map((p) => [p.file, p.pointer])).toEqual([
      [files.conditionA, exemption],
      [files.conditionB, exemption],
    ]);
  });

  it('gives the same report on worker threads, each checking its files on its own', async () => {
    expect(await checkPaths([dir], { jobs: 2 })).toEqual(once.at(-1));
  });
});
