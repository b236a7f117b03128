/**
 * `npm run bench`, hostile part: the fuzz generator of test/api/hostile over every route, at
 * least 10,000 requests (FUZZ_REQUESTS), against the whole local app on real storage. Prints the
 * requests tried, the 5xx count and the rejected writes that changed state (both must be 0; the
 * state is compared on every FUZZ_STATE_EVERY-th rejected write, default 25, to keep the run short).
 * Exits non-zero otherwise.
 */

import { fuzzRoutes } from '../api/hostile/support/fuzz-routes';
import { createHostileEnv } from '../api/hostile/support/hostile-env';

const runs = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const stateEvery = Number(process.env.FUZZ_STATE_EVERY ?? 25);

const env = await createHostileEnv();
const started = performance.now();
try {
  const report = await fuzzRoutes(env, { runs, stateEvery });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`\n# Hostile fuzz — ${new Date().toISOString()}\n`);
  console.log(`- requests tried: ${report.tried} (${seconds} s), over every route of the OpenAPI document`);
  console.log(`- statuses: ${JSON.stringify(report.byStatus)}`);
  console.log(`- 5xx: ${report.serverErrors.length}`);
  console.log(`- rejected writes that changed state: ${report.stateChanges.length}`);
  for (const line of [...report.serverErrors, ...report.stateChanges].slice(0, 20))
    console.log(`  - ${line}`);
  process.exitCode = report.serverErrors.length === 0 && report.stateChanges.length === 0 ? 0 : 1;
} finally {
  await env.stop();
}
