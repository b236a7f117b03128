/**
 * Memory and timeout of each Lambda, from measurement (`npm run bench:lambda`, which runs each
 * function's real bundle one invocation at a time against the local product; figures in
 * test/bench/http/lambda-sizing.md, machine load in its last line).
 *
 * Memory buys CPU: Lambda gives a function CPU in proportion to its memory, one full vCPU at
 * 1,769 MB, and Node runs one thread, so past 1,769 MB nothing gets faster. Measured peak resident
 * memory is 61–65 MB after init and 79–134 MB after 60 invocations of every route, for every
 * function — far below any size here — so each size is chosen for the CPU an invocation needs
 * (median CPU ms on one core of the bench machine, 2026-12-02, load ~25):
 * - forms: init 250 ms CPU; catalog 1.8 ms, form 6.4 ms, quote 11 ms. At 512 MB (0.29 vCPU) a
 *   quote alone is ~38 ms of CPU — most of the 50 ms p99 target for reads before any I/O — and a
 *   cold start ~0.9 s. 1,024 MB: quote ~19 ms, cold init ~0.45 s.
 * - submissions: init 274 ms CPU; upload slot, submit and dossier list 18–19 ms each. At 512 MB a
 *   submit is ~66 ms of CPU against a 100 ms p99 target (and an upload slot, a read-like call, is
 *   over 50 ms); 1,536 MB: ~22 ms.
 * - admin: officers at a low rate; the procedure list is 7 ms CPU. 512 MB stays.
 * - publish: publishing the whole seeded catalog (10 procedures) in one request is 208 ms CPU
 *   warm, 1.4 s cold; a province's 2,000 procedures are far more, and belong in the asynchronous
 *   publish job (issue 11), not in a request. Until then it gets a full vCPU (1,769 MB) and API
 *   Gateway's ceiling.
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
  submissions: { memoryMb: 1536, timeout: Duration.seconds(10) },
  admin: { memoryMb: 512, timeout: Duration.seconds(10) },
  publish: { memoryMb: 1769, timeout: Duration.seconds(API_TIMEOUT_CEILING_SECONDS) },
  // Not behind the API: a whole province's first build (2,000 procedures: 66 s cold on the bench
  // machine's one core, `npm run bench:scale`) fits Lambda's 15-minute maximum many times over.
  'publish-worker': { memoryMb: 1769, timeout: Duration.minutes(15) },
};
