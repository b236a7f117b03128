/** Renders a check report for people: what is wrong, then what passed, then one summary line. */
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

/**
 * Everything wrong first — per file, its ✗/⚠ problems and failing test cases — then, per file, the
 * passing test cases (✓), so a long list of passes never pushes a failure off the screen.
 */
export function printReport(report: CheckReport, lang: Lang): string {
  const out: string[] = [];
  const files = [
    ...new Set([...report.problems.map((p) => p.file), ...report.tests.map((t) => t.file)]),
  ].sort();
  const testsHeader = `  ${say({ vi: 'Ca kiểm thử', en: 'Test cases' }, lang)}:`;
  for (const file of files) {
    const lines: string[] = [];
    for (const p of report.problems.filter((x) => x.file === file)) {
      const where = p.line === undefined ? rel(file) : `${rel(file)}:${p.line}:${p.column}`;
      const mark = p.severity === 'error' ? '✗' : '⚠';
      const tag = p.severity === 'warning' ? ` (${say({ vi: 'cảnh báo', en: 'warning' }, lang)})` : '';
      lines.push(`  ${mark} ${where} ${p.pointer || '/'} [${p.code}] ${say(p.message, lang)}${tag}`);
    }
    for (const t of report.tests.filter((x) => x.file === file)) {
      if (!t.run) {
        lines.push(
          `  – ${say({ vi: `Chưa chạy ca kiểm thử của «${t.procedure}» vì còn lỗi`, en: `Test cases of "${t.procedure}" not run until its errors are fixed` }, lang)}`,
        );
      } else if (!t.run.ok) {
        lines.push(`  ✗ ${say(t.run.error, lang)}`);
      } else {
        const failed = t.run.results.filter((r) => !r.passed);
        if (failed.length > 0) lines.push(testsHeader);
        for (const r of failed) {
          lines.push(`    ✗ #${r.index} ${r.name}`);
          for (const f of r.failures) lines.push(`        - ${say(f, lang)}`);
        }
      }
    }
    if (lines.length > 0) out.push(rel(file), ...lines);
  }
  for (const file of files) {
    const passed = report.tests
      .filter((x) => x.file === file)
      .flatMap((t) => (t.run?.ok ? t.run.results.filter((r) => r.passed) : []));
    if (passed.length > 0)
      out.push(rel(file), testsHeader, ...passed.map((r) => `    ✓ #${r.index} ${r.name}`));
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
