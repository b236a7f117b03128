/**
 * Issue 12, finding 4: definitions ~3,000 and ~4,500 levels deep under `form.schema` were stored
 * (201), then `validate` and `diff` answered 500 forever; deeper ones gave a 503 "retry"; a deep
 * PUT answered 500 yet was saved without an audit entry. Now every door measures first: 422
 * `request.too-deep` naming the limit (413 for too many values), nothing stored, nothing audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestBounds } from '../../../functions/core/bounds/json-bounds';
import { sampleProcedure } from '../admin/sample-procedure';
import { call } from '../submissions/fixtures/http';
import { TRICH_LUC_ID } from '../submissions/fixtures/trich-luc-procedure';
import { createHostileEnv, type HostileEnv } from './support/hostile-env';

let env: HostileEnv;
beforeAll(async () => {
  env = await createHostileEnv();
}, 120_000);
afterAll(() => env?.stop());

const deep = (levels: number) =>
  `${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${'}}'.repeat(levels)}`;
/** A definition whose form.schema nests `levels` levels, as raw JSON (JSON.stringify would overflow first). */
const deepDefinition = (id: string, levels: number) => {
  const text = JSON.stringify({ definition: sampleProcedure({ id }) });
  const marker = '"schema":{"type":"object","properties":{';
  if (!text.includes(marker)) throw new Error('the sample form changed shape');
  return text.replace(marker, `${marker}"deep":${deep(levels)},`);
};

describe('deep and large definitions', () => {
  for (const levels of [3_000, 4_500]) {
    it(`refuses ${levels} levels under form.schema on create and PUT with 422 naming the limit; nothing stored`, async () => {
      const before = await env.fingerprint();
      const author = env.tokens['author X']!;
      const created = await call(env.app, 'POST', '/api/admin/procedures', {
        token: author,
        rawBody: deepDefinition(`sau-${levels}`, levels),
        headers: { 'content-type': 'application/json' },
      });
      expect(created.status).toBe(422);
      expect(created.body.code).toBe('request.too-deep');
      expect(created.body.messages.vi).toContain(`tối đa ${requestBounds.maxDepth} cấp`);
      expect(created.body.messages.en).toContain(`at most ${requestBounds.maxDepth} levels`);
      expect(created.headers.get('retry-after')).toBeNull();
      const put = await call(env.app, 'PUT', `/api/admin/procedures/${env.known.draftX}/versions/1`, {
        token: author,
        rawBody: deepDefinition(env.known.draftX, levels),
        headers: { 'content-type': 'application/json', 'if-match': '"1"' },
      });
      expect(put.status).toBe(422);
      expect(put.body.code).toBe('request.too-deep');
      expect(await env.fingerprint()).toBe(before);
      expect(await env.t.deps.procedures.getHead(`sau-${levels}`)).toBeNull();
    });
  }

  it('answers validate and diff of a version stored deep before the bounds existed with 4xx, not 500/503', async () => {
    // Such a version can only come from before this fix: write it straight through the store
    // (1,500 schema levels = 3,000 JSON levels, as in the finding).
    const stored = await env.t.deps.procedures.getVersion(env.known.draftX, 1);
    const definition = JSON.parse(deepDefinition(env.known.draftX, 1_500)).definition;
    await env.t.deps.procedures.updateVersion(
      { ...stored!, definition, revision: stored!.revision + 1 },
      stored!.revision,
    );
    const officer = env.tokens['author X']!;
    const validate = await call(
      env.app,
      'POST',
      `/api/admin/procedures/${env.known.draftX}/versions/1/validate`,
      {
        token: officer,
      },
    );
    expect(validate.status).toBe(200);
    expect(validate.body.valid).toBe(false);
    expect(validate.body.problems).toEqual([expect.objectContaining({ code: 'format.too-deep' })]);
    const diff = await call(env.app, 'GET', `/api/admin/procedures/${env.known.draftX}/diff?from=1&to=1`, {
      token: officer,
    });
    expect(diff.status).toBe(422);
    expect(diff.body.code).toBe('request.too-deep');
    await env.t.deps.procedures.updateVersion(
      { ...stored!, revision: stored!.revision + 2 },
      stored!.revision + 1,
    );
  });

  it('answers 413 for a body with too many values, even when it fits the byte limit', async () => {
    const many = JSON.stringify({
      definition: { list: Array.from({ length: requestBounds.maxNodes }, () => 0) },
    });
    const reply = await call(env.app, 'POST', '/api/admin/procedures', {
      token: env.tokens['author X']!,
      rawBody: many,
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(413);
    expect(reply.body.code).toBe('request.too-large');
  });
});

describe('deep answers', () => {
  it('refuses answers deeper than 12 levels on quotes and submissions with 422; no dossier', async () => {
    const before = await env.fingerprint();
    const answers = JSON.parse(`${'{"a":'.repeat(13)}1${'}'.repeat(13)}`);
    const quote = await call(env.app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, {
      body: { channel: 'online', answers },
    });
    expect(quote.status).toBe(422);
    expect(quote.body.messages.vi).toMatch(/Câu trả lời lồng nhau quá sâu \(tối đa 12 cấp\)/);
    const submission = await call(env.app, 'POST', '/api/submissions', {
      token: env.tokens['citizen A']!,
      headers: { 'idempotency-key': 'bounds-deep-answers' },
      body: { procedureId: TRICH_LUC_ID, channel: 'online', answers, uploads: [] },
    });
    expect(submission.status).toBe(422);
    expect(submission.body.code).toBe('request.too-deep');
    expect(await env.fingerprint()).toBe(before);
  });
});
