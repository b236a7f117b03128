/**
 * Open-loop load: request i is sent at start + i/rate whatever happened to the earlier ones, and its
 * latency counts from that planned time (so a server that falls behind cannot hide it by slowing the
 * sender down — no coordinated omission). Bounded by count and by a grace time after the last send.
 */
import { Agent, request } from 'node:http';

export interface Call {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** Built per request (e.g. a unique Idempotency-Key). */
  body?: (i: number) => unknown;
  perRequestHeaders?: (i: number) => Record<string, string>;
  /** Statuses that count as success. */
  ok: number[];
}

export interface LoadResult {
  rate: number;
  sent: number;
  answered: number;
  errors: number;
  unanswered: number;
  p50: number;
  p99: number;
  firstError?: string;
}

export async function openLoop(
  base: string,
  call: Call,
  rate: number,
  seconds: number,
  graceMs = 5000,
): Promise<LoadResult> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let socketErrors = 0;
  let answered = 0;
  let firstError: string | undefined;
  const start = performance.now();
  let next = 0;
  const pending = new Set<Promise<void>>();

  const send = (i: number, planned: number) => {
    const body = call.body ? JSON.stringify(call.body(i)) : undefined;
    const p = new Promise<void>((done) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: call.method,
          path: call.path,
          headers: {
            ...(body ? { 'content-type': 'application/json' } : {}),
            ...call.headers,
            ...call.perRequestHeaders?.(i),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            answered++;
            latencies.push(performance.now() - planned);
            if (!call.ok.includes(res.statusCode ?? 0)) {
              errors++;
              firstError ??= `${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 200)}`;
            }
            done();
          });
        },
      );
      req.on('error', (err) => {
        errors++;
        socketErrors++;
        firstError ??= err.message;
        done();
      });
      req.end(body);
    });
    pending.add(p);
    p.then(() => pending.delete(p));
  };

  await new Promise<void>((finished) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + (next * 1000) / rate <= now) {
        send(next, start + (next * 1000) / rate);
        next++;
      }
      if (next < total) setTimeout(tick, 1);
      else finished();
    };
    tick();
  });
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, graceMs))]);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    rate,
    sent: total,
    answered,
    errors,
    // Neither an answer nor a socket error within the grace time: the request is still queued.
    unanswered: total - answered - socketErrors,
    p50: pct(0.5),
    p99: pct(0.99),
    firstError,
  };
}
