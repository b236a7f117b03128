/** Renders a check report for people: grouped by file, then test cases, then one summary line. */
import { relative } from 'node:path';
import type { CheckReport } from '../catalog/check-paths';
import type { Message } from '../core/types';

export type Lang = 'vi' | 'en' | 'both';

/** Picks the language(s) of a message: Vietnamese first, English after a dash. */
export function say(message: Message, lang: Lang): string {
  if (lang === 'both') return message.vi === message.en ? message.vi : `${message.vi} — ${message.en}`;
  return message[lang];
}

/** Paths under the working directory are shown relative (clickable in editors), others in full. */
const rel = (path: string) => {
  const r = relative(process.cwd(), path);
  return r === '' || r.startsWith('..') ? path : r;
};

export function printReport(report: CheckReport, lang: Lang): string {
  const out: string[] = [];
  const files = [
    ...new Set([...report.problems.map((p) => p.file), ...report.tests.map((t) => t.file)]),
  ].sort();
  for (const file of files) {
    out.push(rel(file));
    for (const p of report.problems.filter((x) => x.file === file)) {
      const where = p.line === undefined ? rel(file) : `${rel(file)}:${p.line}:${p.column}`;
      const mark = p.severity === 'error' ? '✗' : '⚠';
      const tag = p.severity === 'warning' ? ` (${say({ vi: 'cảnh báo', en: 'warning' }, lang)})` : '';
      out.push(`  ${mark} ${where} ${p.pointer || '/'} [${p.code}] ${say(p.message, lang)}${tag}`);
    }
    for (const t of report.tests.filter((x) => x.file === file)) {
      if (!t.run) {
        out.push(
          `  – ${say({ vi: `Chưa chạy ca kiểm thử của «${t.procedure}» vì còn lỗi`, en: `Test cases of "${t.procedure}" not run until its errors are fixed` }, lang)}`,
        );
      } else if (!t.run.ok) {
        out.push(`  ✗ ${say(t.run.error, lang)}`);
      } else if (t.run.results.length > 0) {
        out.push(`  ${say({ vi: 'Ca kiểm thử', en: 'Test cases' }, lang)}:`);
        for (const r of t.run.results) {
          out.push(`    ${r.passed ? '✓' : '✗'} #${r.index} ${r.name}`);
          for (const f of r.failures) out.push(`        - ${say(f, lang)}`);
        }
      }
    }
  }
  const s = report.summary;
  out.push(
    say(
      {
        vi: `${report.ok ? 'ĐẠT' : 'KHÔNG ĐẠT'}: ${s.files} tệp, ${s.errors} lỗi, ${s.warnings} cảnh báo; ca kiểm thử: ${s.testsPassed} đạt, ${s.testsFailed} không đạt${s.testsSkipped ? `, ${s.testsSkipped} thủ tục chưa chạy` : ''}`,
        en: `${report.ok ? 'PASSED' : 'FAILED'}: ${s.files} files, ${s.errors} errors, ${s.warnings} warnings; test cases: ${s.testsPassed} passed, ${s.testsFailed} failed${s.testsSkipped ? `, ${s.testsSkipped} procedures not run` : ''}`,
      },
      lang,
    ),
  );
  return out.join('\n');
}

/** The report for tools: paths relative to the working directory, nothing else changed. */
export function jsonReport(report: CheckReport): string {
  return JSON.stringify(
    {
      ...report,
      files: report.files.map(rel),
      problems: report.problems.map((p) => ({ ...p, file: rel(p.file) })),
      tests: report.tests.map((t) => ({ ...t, file: rel(t.file) })),
    },
    null,
    2,
  );
}
