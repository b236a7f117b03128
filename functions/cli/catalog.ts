/**
 * The catalog command line (`npm run catalog -- <command>`):
 *   check [paths…] [--json] [--lang vi|en] [--jobs n]   format + semantic checks + embedded test cases
 *   types [paths…] [--out dir]               answers type of each procedure's form
 * Exit codes: 0 passed, 1 the catalog has errors, 2 the command line itself is wrong.
 */
import { relative } from 'node:path';
import { cac } from 'cac';
import { defaultAnswersDir } from './answers-types';
import type { Lang } from './print-report';

const cli = cac('catalog');

cli
  .command('check [...paths]', 'Kiểm tra danh mục — Check the catalog (default: catalogs/)')
  .option('--json', 'In báo cáo JSON cho công cụ — Print a machine-readable JSON report')
  .option(
    '--lang <lang>',
    'Ngôn ngữ thông báo: vi | en (mặc định cả hai) — Message language: vi | en (default both)',
  )
  .option(
    '--jobs <n>',
    'Số luồng kiểm tra song song (1 = không dùng luồng phụ; mặc định theo số CPU) — Parallel worker threads (1 = none; default by CPUs)',
  )
  .action(async (paths: string[], options: { json?: boolean; lang?: unknown; jobs?: unknown }) => {
    const lang = parseLang(options.lang);
    const jobs = parseJobs(options.jobs);
    const { checkPaths } = await import('../catalog/check-paths');
    const { jsonReport, printReport } = await import('./print-report');
    const { progressBar } = await import('./sync/progress');
    // This process compiles each procedure to run its test cases once (see skipCodeOptimization).
    (await import('../core/formats/create-ajv')).skipCodeOptimization();
    // On a terminal only (stderr): CI logs and pipes get the report alone.
    const report = await checkPaths(paths, {
      ...(jobs === undefined ? {} : { jobs }),
      onProgress: progressBar('check'),
    });
    console.log(options.json ? jsonReport(report) : printReport(report, lang));
    process.exitCode = report.ok ? 0 : 1;
  });

cli
  .command(
    'types [...paths]',
    'Sinh kiểu TypeScript của câu trả lời mỗi thủ tục — Write the answers type of each procedure',
  )
  .option(
    '--out <dir>',
    `Thư mục đích — Output folder (default ${relative(process.cwd(), defaultAnswersDir)}, not committed)`,
  )
  .action(async (paths: string[], options: { out?: unknown }) => {
    if (options.out !== undefined && (typeof options.out !== 'string' || options.out === '')) {
      throw new UsageError({ vi: '--out cần một thư mục', en: '--out needs a folder' });
    }
    const { proceduresFor } = await import('./procedures-for');
    const { printReport, say } = await import('./print-report');
    const { writeAnswersTypes } = await import('./answers-types');
    const { procedures, report } = await proceduresFor(paths);
    if (!report.ok) {
      console.error(printReport(report, 'both'));
      process.exitCode = 1;
      return;
    }
    for (const file of await writeAnswersTypes(
      procedures,
      (options.out as string | undefined) ?? defaultAnswersDir,
    )) {
      console.log(`${say({ vi: 'đã ghi', en: 'wrote' }, 'both')} ${relative(process.cwd(), file)}`);
    }
  });

cli
  .command(
    'pull',
    'Ghi danh mục đã công bố của hệ thống vào catalogs/ — Write the published catalog to catalogs/',
  )
  .option('--from <api>', 'Địa chỉ API — API base URL, e.g. http://localhost:8080')
  .option(
    '--token <token>',
    'Mã truy cập cán bộ (hoặc biến TTHC_TOKEN) — Officer bearer token (or TTHC_TOKEN)',
  )
  .option('--out <dir>', 'Thư mục đích — Output folder', { default: 'catalogs' })
  .action(async (options: { from?: unknown; token?: unknown; out: string }) => {
    const token = typeof options.token === 'string' ? options.token : process.env.TTHC_TOKEN;
    if (typeof options.from !== 'string' || !token) {
      throw new UsageError({
        vi: 'cần --from <api> và --token <mã> (hoặc TTHC_TOKEN)',
        en: 'needs --from <api> and --token <token> (or TTHC_TOKEN)',
      });
    }
    const { pullCatalog } = await import('./sync/pull-catalog');
    const { progressBar } = await import('./sync/progress');
    const report = await pullCatalog({
      from: options.from,
      token,
      out: options.out,
      onProgress: progressBar('pull'),
    });
    for (const path of report.changed) console.log(`đã ghi / wrote ${path}`);
    for (const path of report.notOnServer)
      console.log(`không có trên hệ thống (giữ nguyên) / not on the server (kept) ${path}`);
    console.log(
      `${report.changed.length} tệp thay đổi, ${report.unchanged.length} không đổi, ${report.notOnServer.length} không có trên hệ thống / ${report.changed.length} changed, ${report.unchanged.length} unchanged, ${report.notOnServer.length} not on the server`,
    );
  });

cli
  .command('push', 'Nạp tệp danh mục thành bản nháp chờ duyệt — Load catalog files as drafts for review')
  .option('--to <api>', 'Địa chỉ API — API base URL')
  .option(
    '--token <token>',
    'Mã truy cập cán bộ (hoặc biến TTHC_TOKEN) — Officer bearer token (or TTHC_TOKEN)',
  )
  .option('--dir <dir>', 'Thư mục danh mục — Catalog folder', { default: 'catalogs' })
  .action(async (options: { to?: unknown; token?: unknown; dir: string }) => {
    const token = typeof options.token === 'string' ? options.token : process.env.TTHC_TOKEN;
    if (typeof options.to !== 'string' || !token) {
      throw new UsageError({
        vi: 'cần --to <api> và --token <mã> (hoặc TTHC_TOKEN)',
        en: 'needs --to <api> and --token <token> (or TTHC_TOKEN)',
      });
    }
    const { pushCatalog } = await import('./sync/push-catalog');
    const { progressBar } = await import('./sync/progress');
    const report = await pushCatalog({
      from: options.to,
      token,
      out: options.dir,
      onProgress: progressBar('push'),
    });
    for (const label of report.drafted) console.log(`bản nháp / draft ${label}`);
    for (const line of report.refused) console.error(`từ chối / refused ${line}`);
    console.log(
      `${report.drafted.length} bản nháp chờ duyệt, ${report.unchanged.length} không đổi, ${report.refused.length} bị từ chối / ${report.drafted.length} drafts for review, ${report.unchanged.length} unchanged, ${report.refused.length} refused`,
    );
    process.exitCode = report.refused.length > 0 ? 1 : 0;
  });

cli.help();

class UsageError extends Error {
  constructor(readonly messages: { vi: string; en: string }) {
    super(messages.en);
  }
}

function parseLang(value: unknown): Lang {
  if (value === undefined) return 'both';
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError({
    vi: `--lang phải là vi hoặc en, không phải «${String(value)}»`,
    en: `--lang must be vi or en, not "${String(value)}"`,
  });
}

function parseJobs(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 64) return n;
  throw new UsageError({
    vi: `--jobs phải là số nguyên từ 1 đến 64, không phải «${String(value)}»`,
    en: `--jobs must be a whole number from 1 to 64, not "${String(value)}"`,
  });
}

function usage(message: { vi: string; en: string }): void {
  console.error(`${message.vi} — ${message.en}\n`);
  cli.outputHelp();
  process.exitCode = 2;
}

try {
  cli.parse(process.argv, { run: false });
  if (!cli.matchedCommand && cli.args[0] !== undefined) {
    throw new UsageError({ vi: `Không có lệnh «${cli.args[0]}»`, en: `Unknown command "${cli.args[0]}"` });
  }
  if (!cli.matchedCommand && !cli.options.help) {
    throw new UsageError({ vi: 'Thiếu lệnh (check hoặc types)', en: 'Missing command (check or types)' });
  }
  await cli.runMatchedCommand();
} catch (e) {
  if (e instanceof UsageError) usage(e.messages);
  else if (e instanceof Error && e.name === 'CACError')
    usage({ vi: `Tham số không hợp lệ: ${e.message}`, en: `Invalid arguments: ${e.message}` });
  else {
    // Never a stack trace for people; the message is enough to report the bug.
    console.error(`Lỗi không mong đợi — Unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 3;
  }
}
