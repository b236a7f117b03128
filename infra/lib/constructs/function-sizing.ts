/**
 * Memory and timeout of each Lambda, from measurement (`npm run bench:lambda`, which runs each
 * function's real bundle one invocation at a time against the local product; figures in
 * test/bench/http/lambda-sizing.md, machine load in its last line).
 *
 * Memory buys CPU: Lambda gives a function CPU in proportion to its memory, one full vCPU at
 * 1,769 MB, and Node runs one thread, so past 1,769 MB nothing gets faster. Measured peak resident
 * memory is 62–65 MB after init and 80–118 MB after 100 invocations of every route, for every
 * function — far below any size here — so each size is chosen for the CPU an invocation needs
 * (CPU ms median / max on one core of the bench machine, 2026-12-03, load 0.9–1.5; the max is the
 * first call of a container, which compiles and caches the procedure and reads the release):
 * - forms: init 134 ms; catalog 0.5 / 104, form 0.8 / 322, quote 0.4 / 9.9. Warm, any size meets
 *   the 50 ms read target; the first form a container serves does not: at 512 MB (0.29 vCPU) init
 *   and the first form are ~1.6 s of CPU time, at 1,024 MB ~0.8 s. The citizen's apply page waits
 *   on it, so 1,024 MB.
 * - submissions: init 139 ms; upload slot 4.9 / 399, submit 5.8 / 74, dossier list 2.9 / 20. At
 *   1,024 MB (0.58 vCPU) a submit is ~10 ms of CPU and a container's first upload slot ~0.7 s;
 *   1,536 MB (sized when a submit measured 19 ms, before issue 11's per-container caches) buys
 *   nothing the targets need, so 1,024 MB.
 * - admin: officers at a low rate; the procedure list is 1.8 / 125 ms. 512 MB.
 * - publish: a publish request checks and plans; a catalog above the inline limit is built by the
 *   publish worker, not in the request. Planning reads the release manifest and, at 2,000
 *   procedures, one change publishes in 0.77 s on a full core (`npm run bench:scale`): a full vCPU
 *   (1,769 MB) keeps that under the API's 29 s ceiling with a wide margin.
 * Timeouts bound a hung dependency, not normal work (every route's p99 is well under a second):
 * the SDK's three attempts with back-off fit in 6 s for reads; writes that copy uploads get 10 s.
 * An HTTP API waits at most 30 s for its integration, so no API function may be given more than 29 s.
 */
import { Duration } from 'aws-cdk-lib';
import type { FunctionName } from '../access';

export interface FunctionSize {
  memoryMb: number;
  timeout: Duration;
}

/** API Gateway HTTP API's integration timeout is 30 s: a function behind it gains nothing past 29 s. */
export const API_TIMEOUT_CEILING_SECONDS = 29;

export const functionSizes: Record<FunctionName, FunctionSize> = {
  forms: { memoryMb: 1024, timeout: Duration.seconds(6) },
  submissions: { memoryMb: 1024, timeout: Duration.seconds(10) },
  admin: { memoryMb: 512, timeout: Duration.seconds(10) },
  publish: { memoryMb: 1769, timeout: Duration.seconds(API_TIMEOUT_CEILING_SECONDS) },
  // Not behind the API: a whole province's first build (2,000 procedures: 34 s, 28 s of CPU,
  // on the bench machine, `npm run bench:scale`) fits Lambda's 15-minute maximum many times over.
  'publish-worker': { memoryMb: 1769, timeout: Duration.minutes(15) },
};
