/**
 * Wraps one function's hono app for Lambda (API Gateway HTTP API v2 events). `/health` answers
 * without touching configuration or storage; everything else goes to the real app, built once per
 * container on first use so a cold start that only serves health checks stays cheap. A broken
 * configuration becomes a logged 500 problem (never a stack trace) on every request but /health.
 */
import type { Hono } from 'hono';
import { Hono as HonoApp } from 'hono';
import { handle } from 'hono/aws-lambda';
import { buildDeps } from '../composition/build-deps';
import { loadConfig } from '../config/load-config';
import { notFound, onError } from '../http/problem';
import type { AppDeps } from '../ports';

// biome-ignore lint/suspicious/noExplicitAny: each app has its own Env type.
type AnyHono = Hono<any>;

/** The root app: `/health`, then the function's app (built lazily from `env`). */
export function withHealth(
  createApp: (deps: AppDeps) => AnyHono,
  env: Readonly<Record<string, string | undefined>>,
): HonoApp {
  let app: AnyHono | undefined;
  const root = new HonoApp();
  root.onError(onError);
  root.notFound(notFound);
  root.get('/health', (c) => c.json({ status: 'ok' }));
  root.all('*', (c) => {
    app ??= createApp(buildDeps(loadConfig(env)));
    return app.fetch(c.req.raw, c.env);
  });
  return root;
}

/** The Lambda entry point of a function. */
export function lambdaHandler(createApp: (deps: AppDeps) => AnyHono) {
  return handle(withHealth(createApp, process.env));
}
