/**
 * A council resolution authored, reviewed and published through the admin API, then in force on
 * its legal dates in the portal and the quote API with the clock moved — no manual publish.
 * Real stack: hono apps, local DynamoDB and S3 (test/support), a clock port the test moves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from '../admin/http';

let now = new Date('2026-12-02T03:00:00Z');
let env: TestPlatform;
let admin: ReturnType<typeof createAdminApp>;
let forms: ReturnType<typeof createFormsApp>;
const t: Record<string, string> = {};
const as = (user: string, method: string, path: string, body?: unknown) =>
  send(admin, method, path, { token: t[user], body });
/** Vietnam midnight of a calendar day (UTC+7). */
const vietnamMorning = (day: string) => new Date(`${day}T00:30:00+07:00`);

const policy = {
  id: 'hn-12-2027-ho-tich',
  resolution: {
    number: '12/2026/NQ-HĐND',
    date: '2026-11-25',
    issuer: 'Hội đồng nhân dân Thành phố Hà Nội',
    title: 'Miễn lệ phí hộ tịch và phí khai thác dữ liệu hộ tịch',
    confirmed: true,
  },
  summary: { vi: 'Lệ phí hộ tịch 0 đồng trong quý I/2027', en: 'Civil status charges 0 đồng in Q1 2027' },
  effectiveFrom: '2027-01-01',
  effectiveTo: '2027-03-31',
  channels: ['online', 'in-person'],
  covers: { categories: ['ho-tich', 'khai-thac-ho-tich'] },
  effect: { type: 'set-zero' },
  sources: ['Bản thử nghiệm'],
};
const base = `/api/admin/policies/${policy.id}`;
let firstRelease = '';

beforeAll(async () => {
  // the clock ticks a millisecond per read so audit entries keep their order
  let tick = 0;
  env = await createTestDeps({ overrides: { clock: { now: () => new Date(now.getTime() + tick++) } } });
  admin = createAdminApp(env.deps);
  forms = createFormsApp(env.deps);
  for (const user of [
    'author.tuphap-hanoi',
    'approver.tuphap-hanoi',
    'author.hoankiem',
    'admin.hoankiem',
    'admin.saigon',
  ])
    t[user] = await env.officerToken(user);
  await env.seedCatalog();
  await env.seedCatalogData();
  const first = await send(createPublishApp(env.deps), 'POST', '/api/publish/releases', {
    token: await env.officerToken('publisher.hoankiem'),
  });
  expect(first.status).toBe(201);
  firstRelease = first.body.release.releaseId;
});
afterAll(async () => env?.stop());

const catalogEntry = async (id: string) => {
  const res = await send(forms, 'GET', `/api/catalog?q=${encodeURIComponent(id)}`);
  return res.body.items.find((e: { id: string }) => e.id === id);
};
const channelTotal = (fees: { channels: { channel: string; total: number }[] }, channel: string) =>
  fees.channels.find((c) => c.channel === channel)?.total;
const quote = async (procedureId: string, channel: string, answers: Record<string, unknown>) =>
  (await send(forms, 'POST', `/api/forms/${procedureId}/quote`, { body: { channel, answers } })).body;

describe('a council resolution from draft to in force on its dates', () => {
  it('refuses an officer of another jurisdiction (a ward cannot author the city council resolution)', async () => {
    const res = await as('author.hoankiem', 'POST', '/api/admin/policies', {
      jurisdiction: 'ha-noi',
      policy,
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('policy.wrong-jurisdiction');
    expect(res.body.messages.vi).toMatch(/Thành phố Hà Nội/);
  });

  it('drafts the resolution and shows the impact table: procedures, channel, before → after, period', async () => {
    const res = await as('author.tuphap-hanoi', 'POST', '/api/admin/policies', {
      jurisdiction: 'ha-noi',
      policy,
    });
    expect(res.status).toBe(201);
    expect(res.body.version).toMatchObject({ status: 'draft', version: 1, jurisdiction: 'ha-noi' });
    const rows = res.body.impact.map(
      (r: {
        procedureId: string;
        channel: string;
        line: string;
        before: number;
        after: number;
        from: string;
        to: string;
      }) => `${r.procedureId} ${r.channel} ${r.line} ${r.before}→${r.after} ${r.from}..${r.to}`,
    );
    expect(rows.sort()).toEqual([
      'cap-ban-sao-trich-luc-ho-tich in-person phi-ban-sao-trich-luc 8000→0 2027-01-01..2027-03-31',
      'dang-ky-ket-hon in-person le-phi-ket-hon-nuoc-ngoai 1000000→0 2027-01-01..2027-03-31',
    ]);
  });

  it('goes to review; the author cannot approve it, another officer does and sees the impact', async () => {
    const submitted = await as('author.tuphap-hanoi', 'POST', `${base}/versions/1/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.version.status).toBe('in-review');
    const self = await as('author.tuphap-hanoi', 'POST', `${base}/versions/1/approve`);
    expect(self.status).toBe(403);
    const viewed = await as('approver.tuphap-hanoi', 'GET', `${base}/versions/1`);
    expect(viewed.body.impact).toHaveLength(2);
    const approved = await as('approver.tuphap-hanoi', 'POST', `${base}/versions/1/approve`, {
      comment: 'Đúng văn bản',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.version).toMatchObject({ status: 'approved', approvedBy: expect.any(String) });
  });

  it('is published and the catalog is rebuilt at once; today the full fee still applies', async () => {
    const published = await as('approver.tuphap-hanoi', 'POST', `${base}/versions/1/publish`);
    expect(published.status).toBe(200);
    expect(published.body.head).toMatchObject({ publishedVersion: 1, status: 'published' });
    expect(published.body.release.releaseId).toBeTruthy();
    expect(channelTotal((await catalogEntry('cap-ban-sao-trich-luc-ho-tich')).fees, 'in-person')).toBe(8000);
    expect((await quote('dang-ky-ket-hon', 'in-person', { coYeuToNuocNgoai: true })).total).toBe(1_000_000);
    const audit = await as('approver.tuphap-hanoi', 'GET', `${base}/audit`);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'policy.create',
      'policy.submit',
      'policy.approve',
      'policy.publish',
    ]);
  });

  it('on its first day the portal and the quote API show 0 đồng, with no publish in between', async () => {
    now = vietnamMorning('2027-01-01');
    const entry = await catalogEntry('cap-ban-sao-trich-luc-ho-tich');
    expect(channelTotal(entry.fees, 'in-person')).toBe(0);
    const detail = await send(forms, 'GET', '/api/catalog/procedures/cap-ban-sao-trich-luc-ho-tich');
    const inPerson = detail.body.procedure.channels.find(
      (c: { channel: string }) => c.channel === 'in-person',
    );
    expect(inPerson.quote.total).toBe(0);
    const q = await quote('dang-ky-ket-hon', 'in-person', { coYeuToNuocNgoai: true });
    expect(q.total).toBe(0);
    expect(q.lines[0].policies.map((p: { id: string }) => p.id)).toEqual([policy.id]);
  });

  it('on the last day still 0 đồng; the day after its end date the full fee again', async () => {
    now = vietnamMorning('2027-03-31');
    expect((await quote('dang-ky-ket-hon', 'in-person', { coYeuToNuocNgoai: true })).total).toBe(0);
    now = vietnamMorning('2027-04-01');
    expect((await quote('dang-ky-ket-hon', 'in-person', { coYeuToNuocNgoai: true })).total).toBe(1_000_000);
    expect(channelTotal((await catalogEntry('cap-ban-sao-trich-luc-ho-tich')).fees, 'in-person')).toBe(8000);
    const detail = await send(forms, 'GET', '/api/catalog/procedures/cap-ban-sao-trich-luc-ho-tich');
    expect(
      detail.body.procedure.feeSummary.channels.find((c: { channel: string }) => c.channel === 'in-person')
        .total,
    ).toBe(8000);
  });
});

describe('registry changes that would break a published procedure', () => {
  it('are refused at submit with the procedures concerned', async () => {
    now = new Date('2026-12-03T03:00:00Z');
    const current = await as('admin.hoankiem', 'GET', '/api/admin/registry/registry/versions/1');
    expect(current.status).toBe(200);
    const registry = structuredClone(current.body.version.body);
    registry.agencies = registry.agencies.filter((a: { id: string }) => a.id !== 'ubnd-phuong-hoan-kiem');
    const draft = await as('admin.hoankiem', 'PUT', '/api/admin/registry/registry', { registry });
    expect(draft.status).toBe(201);
    expect(draft.body.version.version).toBe(2);
    expect(draft.body.registryCheck.broken.map((b: { id: string }) => b.id).sort()).toEqual([
      'cap-giay-phep-xay-dung-nha-o-rieng-le',
      'dang-ky-ket-hon',
    ]);
    const submit = await as('admin.hoankiem', 'POST', '/api/admin/registry/registry/versions/2/submit');
    expect(submit.status).toBe(409);
    expect(submit.body.code).toBe('registry.breaks-published');
    expect(submit.body.messages.vi).toContain('dang-ky-ket-hon');
    expect(submit.body.errors.map((e: { path: string }) => e.path)).toContain(
      '/procedures/cap-giay-phep-xay-dung-nha-o-rieng-le/agency',
    );
  });

  it('a harmless addition goes through review (four-eyes) and is published', async () => {
    const current = await as('admin.hoankiem', 'GET', '/api/admin/registry/registry/versions/1');
    const registry = structuredClone(current.body.version.body);
    registry.fields.push({ id: 'y-te', name: { vi: 'Y tế', en: 'Health' } });
    const draft = await as('admin.hoankiem', 'PUT', '/api/admin/registry/registry', { registry });
    expect(draft.status).toBe(200); // the draft version 2 is replaced in place
    expect(
      (await as('admin.hoankiem', 'POST', '/api/admin/registry/registry/versions/2/submit')).status,
    ).toBe(200);
    expect(
      (await as('admin.hoankiem', 'POST', '/api/admin/registry/registry/versions/2/approve')).status,
    ).toBe(403);
    expect((await as('admin.saigon', 'POST', '/api/admin/registry/registry/versions/2/approve')).status).toBe(
      200,
    );
    const published = await as('admin.saigon', 'POST', '/api/admin/registry/registry/versions/2/publish');
    expect(published.status).toBe(200);
    const diff = await as('admin.saigon', 'GET', '/api/admin/registry/registry/diff?from=1&to=2');
    expect(diff.body.changes).toEqual([
      expect.objectContaining({ op: 'add', path: `/fields/${registry.fields.length - 1}` }),
    ]);
  });
});

describe('rollback of the catalog', () => {
  it('a publisher makes the first release current again: the portal and quotes follow at once, audited', async () => {
    now = vietnamMorning('2027-01-15');
    const publisher = await env.officerToken('approver.tuphap-hanoi');
    const publish = createPublishApp(env.deps);
    const latest = (await send(publish, 'GET', '/api/publish/releases/current', { token: publisher })).body;
    expect((await quote('dang-ky-ket-hon', 'in-person', { coYeuToNuocNgoai: true })).total).toBe(0);

    const refused = await send(publish, 'POST', `/api/publish/releases/${firstRelease}/make-current`, {
      token: t['author.tuphap-hanoi'],
    });
    expect(refused.status).toBe(403);
    const back = await send(publish, 'POST', `/api/publish/releases/${firstRelease}/make-current`, {
      token: publisher,
    });
    expect(back.status).toBe(200);
    expect(back.body.release.releaseId).toBe(firstRelease);
    // the first release predates the resolution: full fee on a day it would have been 0 đồng
    expect((await quote('dang-ky-ket-hon', 'in-person', { coYeuToNuocNgoai: true })).total).toBe(1_000_000);
    expect(channelTotal((await catalogEntry('cap-ban-sao-trich-luc-ho-tich')).fees, 'in-person')).toBe(8000);
    expect((await send(forms, 'GET', '/api/catalog')).body.releaseId).toBe(firstRelease);

    const forward = await send(
      publish,
      'POST',
      `/api/publish/releases/${latest.current.releaseId}/make-current`,
      {
        token: publisher,
      },
    );
    expect(forward.status).toBe(200);
    expect((await quote('dang-ky-ket-hon', 'in-person', { coYeuToNuocNgoai: true })).total).toBe(0);
    const audit = await env.deps.audit.list('catalog');
    expect(audit.filter((e) => e.action === 'catalog.rollback').map((e) => e.detail?.releaseId)).toEqual([
      firstRelease,
      latest.current.releaseId,
    ]);
  });
});
