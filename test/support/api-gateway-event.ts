/**
 * API Gateway HTTP API (payload 2.0) events for handler tests, from the JSON fixtures in
 * ./events, with method, path, headers and body filled in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(import.meta.dirname, 'events');

export interface HttpApiEvent {
  rawPath: string;
  rawQueryString: string;
  routeKey: string;
  headers: Record<string, string>;
  body?: string;
  isBase64Encoded: boolean;
  requestContext: { http: { method: string; path: string }; routeKey: string };
}

/** Builds an event; `path` may carry a query string. */
export function httpApiEvent(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
): HttpApiEvent {
  const file = options.body === undefined ? 'http-api-v2-get-health.json' : 'http-api-v2-post-json.json';
  const event = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as HttpApiEvent & {
    queryStringParameters?: Record<string, string>;
  };
  const [rawPath = path, query = ''] = path.split('?');
  event.rawPath = rawPath;
  event.rawQueryString = query;
  event.queryStringParameters = Object.fromEntries(new URLSearchParams(query));
  event.routeKey = `${method} ${rawPath === '/health' ? '/health' : '/api/{proxy+}'}`;
  event.requestContext.routeKey = event.routeKey;
  event.requestContext.http.method = method;
  event.requestContext.http.path = rawPath;
  event.headers = { ...event.headers, ...options.headers };
  if (options.body === undefined) delete event.body;
  else event.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  return event;
}

/** A minimal Lambda context. */
export const lambdaContext = {
  functionName: 'tthc-platform-test',
  awsRequestId: 'req-platform',
  getRemainingTimeInMillis: () => 10_000,
};
