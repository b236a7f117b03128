/**
 * Crash consistency (issue 12): the server is SIGKILLed at random moments during a bounded burst
 * of workflow actions, catalog publications and submissions, restarted each time, and the stored
 * state must be whole — see test/support/crash/crash-scenario.ts for what is checked.
 * `npm run bench:crash` runs a longer version and prints the counts.
 */
import { expect, it } from 'vitest';
import { runCrashScenario } from '../support/crash/crash-scenario';

it('leaves nothing half-written or unaudited when the server is killed mid-burst', {
  // About 50 s on an idle machine (four server starts, one DynamoDB Local); room for a busy one.
  timeout: 240_000,
}, async () => {
  const report = await runCrashScenario({ crashes: 3, procedures: 4, workers: 4, maxAnswersPerRound: 50 });
  expect(report.crashes).toBe(3);
  // The burst did real work, and the kills really cut requests off.
  expect(report.answered).toBeGreaterThan(20);
  expect(report.cutOff).toBeGreaterThan(0);
  expect(report.dossiers).toBeGreaterThan(0);
  expect(report.files).toBeGreaterThan(0);
  expect(report.serverErrors).toEqual([]);
  expect(report.inconsistencies).toEqual([]);
});
