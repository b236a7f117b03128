/**
 * The checker's findings in words: where (in the officer's terms), what is wrong, and — small,
 * after the words — the JSON pointer. A finding is a button that takes the officer to its tab and
 * field. Test outcomes are listed by name with what differed.
 */
import { useText } from '../i18n/lang';
import { locateProblem } from './problem-location';

export interface Problem {
  severity: 'error' | 'warning';
  path: string;
  code: string;
  message: { vi: string; en?: string };
}

export interface TestOutcome {
  name: string;
  passed: boolean;
  failures: { path: string; code: string; message: { vi: string; en?: string } }[];
}

export interface CheckReport {
  valid: boolean;
  problems: Problem[];
  tests: TestOutcome[];
}

/** The heading of a report: valid or how many errors; `source` says saved or unsaved. */
export function ReportSummary({ report, source }: { report: CheckReport; source: 'server' | 'browser' }) {
  const { L } = useText();
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  const failed = report.tests.filter((t) => !t.passed).length;
  return (
    <p className={`check-report ${report.valid ? 'ok' : 'bad'}`} role="status" data-testid="check-report">
      <strong>
        {report.valid
          ? L('Không phát hiện lỗi', 'No errors found')
          : L(
              `Có ${errors} lỗi, ${failed} ca kiểm thử không đạt`,
              `${errors} error(s), ${failed} failing test case(s)`,
            )}
      </strong>
      {warnings > 0 && L(` · ${warnings} cảnh báo`, ` · ${warnings} warning(s)`)}
      <span className="small muted">
        {' '}
        ({source === 'server' ? L('bản đã lưu', 'saved version') : L('bản đang sửa', 'edits on screen')})
      </span>
    </p>
  );
}

/** The findings as a list of buttons; `onGo(pointer)` opens the tab and focuses the field. */
export function ProblemsList({
  problems,
  onGo,
}: {
  problems: readonly Problem[];
  onGo(pointer: string): void;
}) {
  const { L, tx } = useText();
  if (problems.length === 0) return null;
  return (
    <ul className="problems" aria-label={L('Các vấn đề cần xử lý', 'Findings to fix')}>
      {problems.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same code may repeat at one path
        <li key={i} className={p.severity}>
          <span className="badge">
            {p.severity === 'error' ? L('Lỗi', 'Error') : L('Cảnh báo', 'Warning')}
          </span>{' '}
          <button type="button" className="link" onClick={() => onGo(p.path)}>
            <span className="where">{tx(locateProblem(p.path).where)}</span>: {tx(p.message)}
          </button>{' '}
          <code>{p.path || '/'}</code>
        </li>
      ))}
    </ul>
  );
}

/** Pass/fail per test case with what differed. */
export function TestOutcomes({ tests }: { tests: readonly TestOutcome[] }) {
  const { L, tx } = useText();
  if (tests.length === 0) return null;
  return (
    <ul className="tests" aria-label={L('Kết quả ca kiểm thử', 'Test results')}>
      {tests.map((t, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat (the checker warns)
        <li key={i} className={t.passed ? 'passed' : 'failed'}>
          {t.passed ? L('✓ Đạt: ', '✓ Passed: ') : L('✗ Không đạt: ', '✗ Failed: ')}
          {t.name}
          {t.failures.map((f, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: failure messages have no id
            <span key={k} className="block small">
              {tx(f.message)}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
