/**
 * The builder's "update the public portal" client (builder-ui/src/builder/publish-release.ts) over
 * the real publish API (hono, DynamoDB Local, s3rver): a large build answers 202 with a job, the
 * client polls it and reports "Đang công bố… n/total" until it succeeds; a job that fails comes
 * back as an error with the server's Vietnamese and English reason.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiError } from '../../../builder-ui/src/api/client';
import { publishRelease } from '../../../builder-ui/src/builder/publish-release';
import type { Localized } from '../../../builder-ui/src/i18n/lang';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { inlineLimit } from '../../../functions/use-cases/publish/publish-job';
import { injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { sampleProcedure } from '../admin/sample-procedure';

let env: TestPlatform;
let token = '';
const realFetch = globalThis.fetch;
const count = inlineLimit + 5;

beforeAll(async () => {
  env = await createTestDeps();
  const app = createPublishApp(env.deps);
  // the client calls same-origin paths: route them to the publish app
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    app.request(String(input), init)) as typeof fetch;
  token = await env.officerToken('publisher.saigon');
  await env.seedCatalog(
    Array.from({ length: count }, (_, i) =>
      sampleProcedure({ id: `tien-do-${i + 1}`, code: `8.${String(i).padStart(6, '0')}` }),
    ),
  );
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await env?.stop();
});

it('reports a failed job with the server’s reason, and the portal keeps no half release', async () => {
  const fault = injectFault(env, { service: 's3', command: 'PutObjectCommand', after: 10 });
  const error = await publishRelease(token).catch((e: unknown) => e);
  fault.remove();
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).messages.vi).toContain('Công bố thất bại');
  expect((error as ApiError).messages.en).toContain('Publishing failed');
  expect(await env.deps.releases.getCurrentPointer()).toBeNull();
});

it('polls a large build and shows its progress until the release is current', async () => {
  const shown: Localized[] = [];
  await publishRelease(token, (text) => shown.push(text));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown[0]!.vi).toMatch(new RegExp(`^Đang công bố lên Cổng dịch vụ công… \\d+/${count} thủ tục$`));
  expect(shown[0]!.en).toMatch(new RegExp(`/${count} procedures$`));
  const pointer = await env.deps.releases.getCurrentPointer();
  expect(pointer).not.toBeNull();
});
