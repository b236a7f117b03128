/**
 * The live quote's documents through HTTP, against DynamoDB Local and s3rver with the real adapters: as
 * the citizen answers, the server says which papers apply and which the state already holds for
 * the signed-in citizen only, read from her own records on the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsApp } from '../../../functions/apps/forms/app';
import type { Procedure } from '../../../functions/core/types';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { call } from '../submissions/fixtures/http';
import { trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

const NOW = new Date('2026-03-13T02:00:00Z');
const ID = 'ban-sao-co-giay-chung-sinh';
// Nguyễn Thị Lan: her personal e-data warehouse holds a birth certificate (GCS-2026-000123).
const LAN = '079190012345';
// Lê Thị Mai: no birth certificate in her warehouse.
const MAI = '001195003456';

/** The birth certificate applies only when the applicant says she has one, else a witness statement. */
function procedure(): Procedure {
  const base = trichLucProcedure({ id: ID });
  const schema = base.form.schema as { properties: Record<string, unknown> };
  return {
    ...base,
    documentCases: [
      {
        id: 'chung',
        title: { vi: 'Hồ sơ gồm' },
        documents: [
          { id: 'to-khai', name: { vi: 'Tờ khai' }, originals: 1, copies: 0, submission: 'form' },
          {
            id: 'giay-chung-sinh',
            name: { vi: 'Giấy chứng sinh', en: 'Birth certificate' },
            originals: 1,
            copies: 0,
            when: { properties: { coGiayChungSinh: { const: true } }, required: ['coGiayChungSinh'] },
            reuse: [{ source: 'warehouse', record: 'giay-chung-sinh', mode: 'fallback' }],
          },
          {
            id: 'van-ban-lam-chung',
            name: { vi: 'Văn bản người làm chứng' },
            originals: 1,
            copies: 0,
            when: { properties: { coGiayChungSinh: { const: false } }, required: ['coGiayChungSinh'] },
          },
        ],
      },
    ],
    form: {
      ...base.form,
      schema: {
        ...base.form.schema,
        properties: {
          ...schema.properties,
          coGiayChungSinh: { type: 'boolean', title: 'Có giấy chứng sinh' },
        },
      },
    },
  };
}

let t: TestPlatform;
let app: ReturnType<typeof createFormsApp>;

beforeAll(async () => {
  t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  await t.seedCitizens();
  await t.seedCatalog([procedure()]);
  app = createFormsApp(t.deps);
});
afterAll(() => t.stop());

interface Doc {
  id: string;
  status: string;
  source?: string;
  record?: { id: string; title?: string };
  hint?: { vi: string };
}

async function quote(answers: Record<string, unknown>, token?: string) {
  const res = await call(app, 'POST', `/api/forms/${ID}/quote`, {
    token,
    body: { channel: 'online', answers: { soBanSao: 1, ...answers } },
  });
  expect(res.status).toBe(200);
  const documents = res.body.documents as Doc[];
  return { res, documents, byId: (id: string) => documents.find((d) => d.id === id) };
}

describe('POST /api/forms/:procedureId/quote — documents for the current answers', () => {
  it('asks an anonymous visitor to upload the birth certificate once she says she has one', async () => {
    const { res, documents, byId } = await quote({ coGiayChungSinh: true });
    expect(res.body.total).toBe(0);
    expect(byId('giay-chung-sinh')?.status).toBe('upload');
    expect(byId('van-ban-lam-chung')).toBeUndefined();
    expect(documents.some((d) => d.record !== undefined)).toBe(false);
  });

  it('says the birth certificate is already held for a signed-in citizen whose warehouse has it', async () => {
    const token = await t.citizenToken(LAN);
    const { res, byId } = await quote({ coGiayChungSinh: true }, token);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const birth = byId('giay-chung-sinh');
    expect(birth).toMatchObject({ status: 'reused', source: 'warehouse', record: { id: 'GCS-2026-000123' } });
    expect(birth?.hint?.vi).toBeTruthy();
  });

  it('switches the list as the answer changes: no document before the answer, a witness statement for "no"', async () => {
    const token = await t.citizenToken(LAN);
    const unanswered = await quote({}, token);
    expect(unanswered.byId('giay-chung-sinh')).toBeUndefined();
    expect(unanswered.byId('van-ban-lam-chung')).toBeUndefined();

    const no = await quote({ coGiayChungSinh: false }, token);
    expect(no.byId('giay-chung-sinh')).toBeUndefined();
    expect(no.byId('van-ban-lam-chung')?.status).toBe('upload');

    const yes = await quote({ coGiayChungSinh: true }, token);
    expect(yes.byId('van-ban-lam-chung')).toBeUndefined();
    expect(yes.byId('giay-chung-sinh')?.status).toBe('reused');
  });

  it('never shows another citizen’s records: Mai uploads, whatever the body claims', async () => {
    const token = await t.citizenToken(MAI);
    // Citizen data sent by the client is ignored: only the verified token's person counts.
    const res = await call(app, 'POST', `/api/forms/${ID}/quote`, {
      token,
      body: {
        channel: 'online',
        answers: { soBanSao: 1, coGiayChungSinh: true, soDinhDanh: LAN },
        personalId: LAN,
        citizen: { personalId: LAN, records: [{ source: 'warehouse', record: 'giay-chung-sinh', id: 'X' }] },
      },
    });
    expect(res.status).toBe(200);
    const birth = (res.body.documents as Doc[]).find((d) => d.id === 'giay-chung-sinh');
    expect(birth?.status).toBe('upload');
    expect(JSON.stringify(res.body)).not.toContain('GCS-2026-000123');
    expect(birth?.record).toBeUndefined();
  });

  it('rejects a bad channel with 400, a bad token with 401, and keeps 404 for an unknown procedure', async () => {
    const channel = await call(app, 'POST', `/api/forms/${ID}/quote`, {
      body: { channel: 'fax', answers: {} },
    });
    expect(channel.status).toBe(400);
    expect(channel.body.code).toBe('channel.invalid');
    expect(channel.body.messages.vi).toContain('Kênh nộp hồ sơ');
    const postal = await call(app, 'POST', `/api/forms/${ID}/quote`, {
      body: { channel: 'postal', answers: {} },
    });
    expect(postal.status).toBe(400);
    expect(postal.body.code).toBe('channel.unavailable');
    const badToken = await call(app, 'POST', `/api/forms/${ID}/quote`, {
      token: 'not-a-token',
      body: { channel: 'online', answers: {} },
    });
    expect(badToken.status).toBe(401);
    const unknown = await call(app, 'POST', '/api/forms/khong-co/quote', {
      token: await t.citizenToken(LAN),
      body: { answers: {} },
    });
    expect(unknown.status).toBe(404);
  });
});
