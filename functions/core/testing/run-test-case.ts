import type { CompiledProcedure } from '../compile/compiled-procedure';
import type { TestCase } from '../format/generated/procedure';
import type { Message, ValidationResult } from '../types';
import { validateSubmission } from '../validate/validate-submission';

export interface TestCaseOutcome {
  passed: boolean;
  failures: Message[];
  result: ValidationResult;
}

/**
 * Runs one embedded test case (catalogs/README.md, "Test cases") through validateSubmission and
 * compares every expectation it states. An expected error `path` matches the reported path, or
 * the reported path without its `/answers` prefix (so a case may write `/hoTen`).
 */
export function runTestCase(compiled: CompiledProcedure, testCase: TestCase): TestCaseOutcome {
  const result = validateSubmission(compiled, {
    answers: testCase.answers,
    channel: testCase.channel,
    documents: testCase.uploads ?? [],
    citizen: testCase.citizen,
    date: testCase.date,
  });
  const failures: Message[] = [];
  const fail = (vi: string, en: string) => failures.push({ vi, en });
  const e = testCase.expect;
  if (result.valid !== e.valid) {
    const got = result.errors.map((x) => `${x.code} ${x.path}`).join('; ') || '—';
    fail(
      `Mong đợi hồ sơ ${e.valid ? 'hợp lệ' : 'không hợp lệ'} nhưng kết quả ngược lại (lỗi: ${got}).`,
      `Expected ${e.valid ? 'valid' : 'invalid'} but got the opposite (errors: ${got}).`,
    );
  }
  for (const want of e.errors ?? []) {
    const found = result.errors.some(
      (x) =>
        x.code === want.code &&
        (want.path === undefined || x.path === want.path || x.path === `/answers${want.path}`),
    );
    if (!found) {
      const where = want.path === undefined ? '' : ` tại ${want.path}`;
      fail(
        `Thiếu lỗi ${want.code}${where}.`,
        `Missing error ${want.code}${want.path === undefined ? '' : ` at ${want.path}`}.`,
      );
    }
  }
  const fees = result.fees;
  if (e.feeTotal !== undefined && fees?.total !== e.feeTotal) {
    fail(
      `Tổng phí mong đợi ${e.feeTotal} đồng, tính được ${fees?.total ?? '—'}.`,
      `Expected fee total ${e.feeTotal}, got ${fees?.total ?? '—'}.`,
    );
  }
  for (const want of e.feeLines ?? []) {
    const got = fees?.lines.find((l) => l.id === want.id)?.amount;
    if (got !== want.amount) {
      fail(
        `Dòng phí «${want.id}»: mong đợi ${want.amount} đồng, tính được ${got ?? 'không có'}.`,
        `Fee line «${want.id}»: expected ${want.amount}, got ${got ?? 'none'}.`,
      );
    }
  }
  const policies = fees?.lines.flatMap((l) => l.policies.map((p) => p.id)) ?? [];
  const exemptions = fees?.lines.flatMap((l) => l.exemptions.map((x) => x.id)) ?? [];
  // `policies` / `exemptions` are the exact set ([] = none applies); `…Include` only requires.
  compareSet('chính sách được áp dụng', 'policies applied', e.policies, policies, fail);
  compareSet('miễn giảm được áp dụng', 'exemptions applied', e.exemptions, exemptions, fail);
  for (const id of e.policiesInclude ?? []) {
    if (!policies.includes(id))
      fail(`Chính sách «${id}» không được áp dụng.`, `Policy «${id}» was not applied.`);
  }
  for (const id of e.exemptionsInclude ?? []) {
    if (!exemptions.includes(id))
      fail(`Miễn giảm «${id}» không được áp dụng.`, `Exemption «${id}» was not applied.`);
  }
  compareSet(
    'giấy tờ phải tải lên',
    'documents to upload',
    e.documentsRequired,
    result.documents.filter((d) => d.status === 'upload' && d.required).map((d) => d.id),
    fail,
  );
  compareSet(
    'giấy tờ được tái sử dụng',
    'reused documents',
    e.documentsReused,
    result.documents.filter((d) => d.status === 'reused' || d.status === 'fetch-by-agency').map((d) => d.id),
    fail,
  );
  return { passed: failures.length === 0, failures, result };
}

function compareSet(
  vi: string,
  en: string,
  want: readonly string[] | undefined,
  got: readonly string[],
  fail: (vi: string, en: string) => void,
): void {
  if (want === undefined) return;
  const a = [...new Set(want)].sort().join(', ');
  const b = [...new Set(got)].sort().join(', ');
  if (a === b) return;
  // An empty list is how a test says "none": say it in those words.
  if (a === '') fail(`Mong đợi không có ${vi} nào, nhưng có: ${b}.`, `Expected no ${en}, got: ${b}.`);
  else fail(`Danh sách ${vi}: mong đợi [${a}], tính được [${b}].`, `${en}: expected [${a}], got [${b}].`);
}
