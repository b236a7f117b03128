/**
 * `npm run catalog -- …` as people and tools run it: exit codes, the readable report, --json, and
 * clear usage errors. Each spawn costs about a second, so the cases are few and each asserts a lot.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function catalog(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, 'functions/cli/catalog.ts', ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const lineOf = (file: string, text: string) =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

// Spawned processes are slow on a busy machine; these timeouts are not speed assertions.
describe('catalog check', { timeout: 90_000 }, () => {
  it('passes a valid procedure (exit 0) and lists its test cases', async () => {
    const { code, stdout } = await catalog('check', 'test/fixtures/catalog/valid');
    expect(code).toBe(0);
    expect(stdout).toContain('Ca kiểm thử — Test cases:\n    ✓ #0 Trực tuyến quá hạn');
    expect(stdout).toContain('✓ #2 Không hợp lệ: thiếu họ tên trẻ');
    expect(stdout).toContain('PASSED: 1 files, 0 errors');
  });

  it('fails a broken procedure (exit 1) with file:line:col, pointer, code and the message in both languages', async () => {
    const file = 'test/fixtures/catalog/fee-category-unknown/procedure.json';
    const { code, stdout } = await catalog('check', file);
    expect(code).toBe(1);
    const line = lineOf(file, '"category": "khong-co"');
    expect(stdout).toMatch(
      new RegExp(
        `${file}:${line}:\\d+ /fees/0/category \\[fee\\.category\\.unknown\\] Danh mục phí «khong-co» không có trong registry\\.json — Fee category "khong-co" is not in registry\\.json`,
      ),
    );
    expect(stdout).toContain('FAILED: 1 files, 1 errors');
  });

  it('reports every layer in one pass and prints every ✗ line above the ✓ lines', async () => {
    // `valid` sorts first and has only passing test cases; the broken file comes after it.
    const { code, stdout } = await catalog(
      'check',
      'test/fixtures/catalog/valid',
      'test/fixtures/catalog/wrong-types-and-agency',
    );
    expect(code).toBe(1);
    expect(stdout).toContain('/fees/0/amount/amount [format.type]');
    expect(stdout).toContain('/agency [agency.unknown] Cơ quan thực hiện «ubnd-xa-khong-co»');
    expect(stdout.indexOf('✓')).toBeGreaterThan(0);
    expect(stdout.lastIndexOf('✗')).toBeLessThan(stdout.indexOf('✓'));
    expect(stdout).toContain('FAILED: 2 files, 2 errors');
  });

  it('refuses keywords outside the citizen-form profile once each at their line, naming the designer control', async () => {
    const file = 'test/fixtures/catalog/form-outside-profile/procedure.json';
    const { code, stdout } = await catalog('check', file);
    expect(code).toBe(1);
    const line = lineOf(file, '"additionalProperties"');
    expect(stdout).toContain(`${file}:${line}:`);
    expect(stdout).toContain(
      '/form/schema/properties/nguoiDangKy/additionalProperties [schema.profile] «additionalProperties» mô tả các khóa tự do',
    );
    expect(stdout).toContain('/form/schema/properties/me/$ref [schema.profile]');
    // The labelled choice list and the condition's `not` / `anyOf` are the profile's own.
    expect(stdout).not.toContain('/properties/gioiTinh/');
    expect(stdout).not.toContain('/form/schema/if/');
    expect(stdout).toContain('FAILED: 1 files, 8 errors');
  });

  it('--json gives tools the problems and test results; --lang en keeps only English', async () => {
    const [json, english] = await Promise.all([
      catalog(
        'check',
        '--json',
        'test/fixtures/catalog/online-payment-counter',
        'test/fixtures/catalog/policy-resolution-after',
      ),
      catalog('check', '--lang', 'en', 'test/fixtures/catalog/online-payment-counter'),
    ]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.ok).toBe(false);
    expect(report.summary).toMatchObject({ files: 2, errors: 1, warnings: 1, testsSkipped: 1 });
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'test/fixtures/catalog/online-payment-counter/procedure.json',
        code: 'online.full.payment',
        pointer: '/channels/0/payment',
        severity: 'error',
      }),
      expect.objectContaining({
        file: 'test/fixtures/catalog/policy-resolution-after/policy.json',
        code: 'policy.dates.resolution',
        pointer: '/policies/0/resolution/date',
        severity: 'warning',
      }),
    ]);
    expect(english.stdout).toContain('[online.full.payment] The online channel charges fees');
    expect(english.stdout).not.toContain('Cách thức online');
  });

  it('rejects an unknown command or option with a clear message and usage (exit 2), never a stack trace', async () => {
    const [unknown, flag] = await Promise.all([catalog('chek'), catalog('check', '--jsn')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có lệnh «chek» — Unknown command "chek"');
    expect(unknown.stdout).toContain('check [...paths]');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Unknown option `--jsn`');
    expect(`${flag.stderr}${unknown.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe('catalog types', { timeout: 90_000 }, () => {
  it('writes the answers type of each procedure to the chosen folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'answers-'));
    const { code, stdout } = await catalog('types', '--out', out, 'test/fixtures/catalog/valid');
    expect(code).toBe(0);
    expect(stdout).toContain('khai-sinh.ts');
    const file = join(out, 'khai-sinh.ts');
    expect(existsSync(file)).toBe(true);
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('export interface KhaiSinhAnswers {');
    expect(source).toMatch(/soBanSao\?: number;/);
    expect(source).toMatch(/nguoiDangKy: \{\s+\/\*\*\s+\* Họ và tên\s+\*\/\s+hoTen: string;/);
  });
});
