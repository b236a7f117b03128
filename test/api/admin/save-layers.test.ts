/**
 * Saving and validating a draft report every checker layer that can run in one answer, like
 * `catalog check` (issue 10, item 6): a malformed fee amount and an agency typo come back together
 * in the 422 problem, so the officer does not fix one only to meet the other on the next save.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import type { Procedure } from '../../../functions/core/types';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from './http';
import { sampleProcedure } from './sample-procedure';

let env: TestPlatform;
let app: ReturnType<typeof createAdminApp>;
let token: string;

beforeAll(async () => {
  env = await createTestDeps();
  app = createAdminApp(env.deps);
  token = await env.officerToken('author.saigon');
});
afterAll(async () => env?.stop());

const base = '/api/admin/procedures';

/** The sample with a string where a number belongs, an unknown agency and an unknown fee line. */
function malformed(id: string): Record<string, unknown> {
  const draft = sampleProcedure({ id }) as unknown as Record<string, unknown>;
  const fees = draft.fees as Procedure['fees'];
  (fees[0]!.amount as unknown as Record<string, unknown>).amount = '8000';
  draft.agency = 'ubnd-phuong-sai-gonn';
  // Read together with the malformed fees: not judged until they are well-formed.
  (draft.channels as Procedure['channels'])[0]!.fees = ['le-phi', 'khong-co'];
  return draft;
}

type Issue = { path: string; code: string; message: { vi: string; en: string } };
const pairs = (errors: Issue[]) => errors.map((e) => [e.code, e.path]);

describe('saving a malformed draft', () => {
  it('answers 422 with the format error and the agency typo together, and saves nothing', async () => {
    const reply = await send(app, 'POST', base, { token, body: { definition: malformed('hai-lop-loi') } });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('validation.failed');
    expect(pairs(reply.body.errors)).toEqual([
      ['format.type', '/fees/0/amount/amount'],
      ['agency.unknown', '/agency'],
    ]);
    const agency = (reply.body.errors as Issue[])[1]!;
    expect(agency.message.vi).toContain('ubnd-phuong-sai-gonn');
    expect(agency.message.en).not.toBe(agency.message.vi);
    const stored = await send(app, 'GET', `${base}/hai-lop-loi`, { token });
    expect(stored.status).toBe(404);
  });

  it('answers the same on an update of a stored draft, which keeps its revision', async () => {
    const created = await send(app, 'POST', base, {
      token,
      body: { definition: sampleProcedure({ id: 'sua-hai-lop-loi' }) },
    });
    expect(created.status).toBe(201);
    const path = `${base}/sua-hai-lop-loi/versions/1`;
    const before = await send(app, 'GET', path, { token });
    const draft = malformed('sua-hai-lop-loi');
    const reply = await send(app, 'PUT', path, {
      token,
      body: { definition: draft },
      headers: { 'if-match': before.headers.get('etag') ?? '' },
    });
    expect(reply.status).toBe(422);
    expect(pairs(reply.body.errors)).toEqual([
      ['format.type', '/fees/0/amount/amount'],
      ['agency.unknown', '/agency'],
    ]);
    const after = await send(app, 'GET', path, { token });
    expect(after.body.revision).toBe(before.body.revision);
  });

  it('saves a well-formed draft with a semantic error, and validating it names the error', async () => {
    const draft = sampleProcedure({ id: 'chi-sai-phi' });
    draft.channels[0]!.fees = ['le-phi', 'khong-co'];
    const created = await send(app, 'POST', base, { token, body: { definition: draft } });
    expect(created.status).toBe(201);
    const report = await send(app, 'POST', `${base}/chi-sai-phi/versions/1/validate`, { token });
    expect(report.status).toBe(200);
    expect(report.body.valid).toBe(false);
    expect(
      (report.body.problems as (Issue & { severity: string })[])
        .filter((p) => p.severity === 'error')
        .map((p) => [p.code, p.path]),
    ).toEqual([['channel.fee.unknown', '/channels/0/fees/1']]);
  });
});
