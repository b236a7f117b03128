/** The checker's findings: each with its severity, its place (JSON pointer) and a plain message. */
import { useText } from '../i18n/lang';

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

/** Renders a report; `source` says whether it came from the server (saved) or the browser (unsaved). */
export function ProblemsList({ report, source }: { report: CheckReport; source: 'server' | 'browser' }) {
  const { L, tx } = useText();
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const failed = report.tests.filter((t) => !t.passed).length;
  return (
    <section
      className={`check-report ${report.valid ? 'ok' : 'bad'}`}
      aria-live="polite"
      data-testid="check-report"
    >
      <h3>
        {report.valid
          ? L('Không phát hiện lỗi', 'No errors found')
          : L(
              `Có ${errors} lỗi, ${failed} ca kiểm thử không đạt`,
              `${errors} error(s), ${failed} failing test case(s)`,
            )}
        <span className="small muted">
          {' '}
          (
          {source === 'server'
            ? L('bản đã lưu', 'saved version')
            : L('bản đang sửa, chưa lưu', 'unsaved edits')}
          )
        </span>
      </h3>
      {report.problems.length > 0 && (
        <ul className="problems">
          {report.problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same code may repeat at one path
            <li key={i} className={p.severity}>
              <span className="badge">
                {p.severity === 'error' ? L('Lỗi', 'Error') : L('Cảnh báo', 'Warning')}
              </span>{' '}
              <code>{p.path || '/'}</code> {tx(p.message)}
            </li>
          ))}
        </ul>
      )}
      {report.tests.length > 0 && (
        <ul className="tests">
          {report.tests.map((t) => (
            <li key={t.name} className={t.passed ? 'passed' : 'failed'}>
              {t.passed ? '✓' : '✗'} {t.name}
              {t.failures.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: failure messages have no id
                <span key={i} className="block small">
                  {tx(f.message)}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
