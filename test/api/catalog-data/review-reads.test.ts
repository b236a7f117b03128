/**
 * The policy impact table and the registry change check read only the procedures a change can
 * concern — found through the current release's scopes — not every published version, and answer
 * exactly what reading every version gives. Counted as SDK commands on the real clients (DynamoDB
 * Local, s3rver) over a generated catalog, never timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionChain } from '../../../functions/core/compile/policies-for-line';
import { checkRegistryChange, policyImpact, withPolicy } from '../../../functions/core/policies/index';
import type { Procedure, Registry } from '../../../functions/core/types';
import { seedPublisher } from '../../../functions/local/seed-all';
import { seedCatalog } from '../../../functions/local/seed-catalog';
import { readCatalogData, seedCatalogData } from '../../../functions/local/seed-catalog-data';
import type { CatalogDocVersion, Officer } from '../../../functions/ports';
import { policyOf, publishedContext } from '../../../functions/use-cases/catalog-data/published-context';
import { registryChangeCheck } from '../../../functions/use-cases/catalog-data/registry-change';
import { reviewView } from '../../../functions/use-cases/catalog-data/review-view';
import { saveDocDraft } from '../../../functions/use-cases/catalog-data/save-doc-draft';
import { submitDoc } from '../../../functions/use-cases/catalog-data/submit-doc';
import { vietnamDate } from '../../../functions/use-cases/forms/vietnam-date';
import { publishCatalog } from '../../../functions/use-cases/publish/publish-catalog';
import { readPublishedVersions } from '../../../functions/use-cases/publish/read-published-versions';
import { generateCatalog, writeCatalog } from '../../bench/scale/generate-catalog';
import { countCommands } from '../../support/count-commands';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';

const count = 150;
let env: TestPlatform;
let dir: string;
let definitions: Procedure[];

beforeAll(async () => {
  env = await createTestDeps();
  dir = mkdtempSync(join(tmpdir(), 'review-reads-'));
  const catalog = generateCatalog(count, { seed: 7 });
  writeCatalog(dir, catalog);
  definitions = catalog.procedures.map((p) => p.definition as unknown as Procedure);
  await seedCatalogData(env.deps, readCatalogData(dir));
  await seedCatalog(env.deps, definitions);
  expect((await publishCatalog(env.deps, seedPublisher)).changed).toBe(true);
}, 240_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await env?.stop();
});

const policyVersion = (body: Record<string, unknown>, jurisdiction: string): CatalogDocVersion => ({
  kind: 'policy',
  id: body.id as string,
  version: 1,
  status: 'draft',
  jurisdiction,
  body,
  revision: 1,
  createdAt: '2026-12-02T03:00:00Z',
  createdBy: 'author',
  updatedAt: '2026-12-02T03:00:00Z',
  updatedBy: 'author',
  authors: ['author'],
});

/** The SDK commands `work` sends, in all. */
async function commandsOf<T>(work: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const commands = countCommands(env);
  try {
    const result = await work();
    return { result, calls: commands.of('dynamodb') + commands.of('s3') };
  } finally {
    commands.remove();
  }
}

describe('review views read what a change concerns, not the whole catalog', () => {
  it('the impact table of a province’s policy on one fee category reads the procedures it covers, and equals the full computation', async () => {
    const ward = definitions.find((d) => d.id.startsWith('dang-ky-khai-tu'))!;
    const { registry } = await publishedContext(env.deps);
    // the province above the ward (councils of provinces set fees)
    const jurisdiction = jurisdictionChain(ward, { registry, policies: [] })[1]!;
    const body = {
      id: 'thu-mien-le-phi-phuong',
      resolution: {
        number: '1/2026/NQ-HĐND',
        date: '2026-11-25',
        issuer: 'Hội đồng nhân dân',
        title: 'Miễn lệ phí hộ tịch',
        confirmed: true,
      },
      summary: { vi: 'Lệ phí hộ tịch 0 đồng', en: 'Civil status charges 0 đồng' },
      effectiveFrom: '2027-01-01',
      effectiveTo: '2027-03-31',
      channels: ['online', 'in-person'],
      covers: { categories: [ward.fees[0]!.category] },
      effect: { type: 'set-zero' },
      sources: ['Bản thử nghiệm'],
    };
    const version = policyVersion(body, jurisdiction);
    const scoped = await commandsOf(() => reviewView(env.deps, version));
    const full = await commandsOf(async () => {
      const ctx = await publishedContext(env.deps);
      const procedures = (await readPublishedVersions(env.deps)).map((v) => v.definition);
      return policyImpact({
        registry: ctx.registry,
        procedures,
        before: ctx.policies,
        after: withPolicy(ctx.policies, policyOf(version)),
        today: vietnamDate(env.deps.clock.now()),
      });
    });
    const impact = (scoped.result as { impact: unknown[] }).impact;
    expect(impact.length).toBeGreaterThan(0);
    expect(impact).toEqual(full.result);
    const touched = new Set((impact as { procedureId: string }[]).map((r) => r.procedureId));
    // a constant (revision, pointer, markers, scopes.json, the registry and policy documents), then
    // one read per procedure the policy covers — of the whole catalog's reads, a small part
    expect(scoped.calls).toBeLessThanOrEqual(touched.size + 20);
    expect(scoped.calls).toBeLessThan(full.calls / 4);
    expect(full.calls).toBeGreaterThanOrEqual(count);
  });

  it('a registry change reads the procedures of the entries it changes, and finds what the full check finds', async () => {
    const { registry } = await publishedContext(env.deps);
    const agency = definitions[0]!.agency;
    // the agency of some published procedures is removed: exactly those break
    const next: Registry = { ...registry, agencies: registry.agencies.filter((a) => a.id !== agency) };
    const concerned = definitions.filter((d) => d.agency === agency).length;
    const scoped = await commandsOf(() =>
      registryChangeCheck(env.deps, next as unknown as Record<string, unknown>),
    );
    const full = await commandsOf(async () => {
      const ctx = await publishedContext(env.deps);
      const procedures = (await readPublishedVersions(env.deps)).map((v) => v.definition);
      return checkRegistryChange({ previous: ctx.registry, next, procedures, policies: ctx.policies });
    });
    expect(scoped.result).toEqual(full.result);
    expect(scoped.result.broken.map((b) => b.id).sort()).toEqual(
      definitions
        .filter((d) => d.agency === agency)
        .map((d) => d.id)
        .sort(),
    );
    expect(scoped.calls).toBeLessThanOrEqual(concerned + 20);
    expect(scoped.calls).toBeLessThan(full.calls / 4);
    expect(full.calls).toBeGreaterThanOrEqual(count);
  });

  it('sending a policy draft for review checks the fee lines it names against the release, without reading every published version', async () => {
    const ward = definitions.find((d) => d.id.startsWith('dang-ky-khai-tu'))!;
    const { registry } = await publishedContext(env.deps);
    const jurisdiction = jurisdictionChain(ward, { registry, policies: [] })[1]!;
    const agency = registry.agencies.find((a) => a.jurisdiction === jurisdiction)!;
    expect(agency).toBeDefined();
    const author: Officer = {
      kind: 'officer',
      sub: 'author.review-reads',
      name: 'Tác giả',
      agency: agency.id,
      roles: ['author'],
    };
    const body = (line: string) => ({
      id: 'mien-phi-mot-dong',
      resolution: {
        number: '2/2026/NQ-HĐND',
        date: '2026-11-25',
        issuer: 'Hội đồng nhân dân',
        title: 'Miễn một khoản phí',
        confirmed: true,
      },
      summary: { vi: 'Một khoản phí 0 đồng', en: 'One fee 0 đồng' },
      effectiveFrom: '2027-01-01',
      effectiveTo: null,
      channels: ['online'],
      covers: { feeLines: [{ procedure: ward.id, line }] },
      effect: { type: 'set-zero' },
      sources: ['Bản thử nghiệm'],
    });
    const save = (line: string) =>
      saveDocDraft(env.deps, author, {
        kind: 'policy',
        id: 'mien-phi-mot-dong',
        jurisdiction,
        body: body(line),
      });
    const submit = () => submitDoc(env.deps, author, { kind: 'policy', id: 'mien-phi-mot-dong', version: 1 });

    // a fee line the procedure does not have: refused, naming it, in a constant number of reads
    await save('khong-co-dong-nay');
    const refused = await commandsOf(() =>
      submit().then(
        () => null,
        (err: unknown) => err,
      ),
    );
    expect(refused.result).toMatchObject({ status: 422 });
    const errors = (refused.result as { errors: { code: string; path: string }[] }).errors;
    expect(errors.map((e) => e.code)).toEqual(['policy.fee-line.unknown']);
    expect(errors[0]!.path).toBe('/covers/feeLines/0/line');
    expect(refused.calls).toBeLessThanOrEqual(30);

    // the line it really has: in review
    await save(ward.fees[0]!.id);
    const accepted = await commandsOf(submit);
    expect(accepted.result.version.status).toBe('in-review');
    expect(accepted.calls).toBeLessThanOrEqual(30);
    expect(count).toBeGreaterThan(4 * 30);
  });
});
