/**
 * `npm run bench` (second part): the crash-consistency scenario at length — the local server is
 * SIGKILLed CRASH_COUNT times (default 15) during a burst of workflow actions, catalog
 * publications and submissions, restarted each time, and the stored state is checked. Prints the
 * counts; exits 1 on any inconsistency or 5xx answer.
 */
import { runCrashScenario } from '../support/crash/crash-scenario';

const crashes = Number(process.env.CRASH_COUNT ?? 15);
const started = Date.now();
const report = await runCrashScenario({
  crashes,
  procedures: 8,
  workers: 6,
  maxAnswersPerRound: 80,
  log: (line) => console.log(line),
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`
Crash consistency (${seconds} s)
  crashes survived (SIGKILL mid-request): ${report.crashes}
  requests answered:                      ${report.answered}
  requests cut off by a crash:            ${report.cutOff}
  5xx answers:                            ${report.serverErrors.length}
  procedures / audit entries:             ${report.procedures} / ${report.auditEntries}
  dossiers / attached files:              ${report.dossiers} / ${report.files}
  inconsistencies:                        ${report.inconsistencies.length}`);
for (const line of [...report.serverErrors, ...report.inconsistencies]) console.log(`  ✗ ${line}`);
if (report.serverErrors.length > 0 || report.inconsistencies.length > 0) process.exit(1);
