import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DependencyError } from '../../functions/errors';
import { demoCitizenData } from '../../functions/local/demo-users';
import { injectFault } from '../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestDeps();
});
afterAll(() => t.stop());

describe('audit log', () => {
  it('keeps every entry, even two of the same instant, in order', async () => {
    const at = '2026-11-22T07:00:00.000Z';
    const entry = { at, actor: 'author.saigon', agency: 'ubnd-phuong-sai-gon', entity: 'procedure:x' };
    await t.deps.audit.append({ ...entry, action: 'version.created' });
    await t.deps.audit.append({ ...entry, action: 'version.created' });
    await t.deps.audit.append({
      ...entry,
      at: '2026-11-22T08:00:00.000Z',
      action: 'version.submitted',
      detail: { v: 1 },
    });
    const entries = await t.deps.audit.list('procedure:x');
    expect(entries.map((e) => e.action)).toEqual(['version.created', 'version.created', 'version.submitted']);
    expect(entries[2]).toEqual({
      ...entry,
      at: '2026-11-22T08:00:00.000Z',
      action: 'version.submitted',
      detail: { v: 1 },
    });
    expect(await t.deps.audit.list('procedure:other')).toEqual([]);
  });

  it('offers no way to change or remove an entry', () => {
    expect(Object.keys(t.deps.audit).sort()).toEqual(['append', 'list']);
  });

  it('reports a failed append as a dependency error', async () => {
    const fault = injectFault(t, { service: 'dynamodb', command: 'PutItemCommand' });
    try {
      const entry = { at: '2026-11-22T07:00:00.000Z', actor: 'a', action: 'x', entity: 'procedure:down' };
      await expect(t.deps.audit.append(entry)).rejects.toBeInstanceOf(DependencyError);
    } finally {
      fault.remove();
    }
    expect(await t.deps.audit.list('procedure:down')).toEqual([]);
  });
});

describe('citizen data (population registry, warehouse, civil status stand-ins)', () => {
  it('returns what was seeded for a person, and null for an unknown one', async () => {
    await t.seedCitizens();
    const lan = demoCitizenData.find((c) => c.personalId === '079190012345')!;
    const loaded = await t.deps.citizens.load('079190012345');
    expect(loaded?.attributes).toEqual(lan.attributes);
    expect(loaded?.records).toEqual(expect.arrayContaining(lan.records ?? []));
    expect(loaded?.records).toHaveLength(lan.records?.length ?? 0);
    expect(await t.deps.citizens.load('079999999999')).toBeNull();
  });

  it('keeps the sources a person’s lookup fails for', async () => {
    expect((await t.deps.citizens.load('001092006789'))?.unavailable).toEqual(['civil-status']);
  });

  it('seeds idempotently: a second seed writes nothing and changes nothing', async () => {
    const before = await t.deps.citizens.load('001195003456');
    let written = 0;
    for (const c of demoCitizenData) written += await t.citizens.put(c);
    expect(written).toBe(0);
    await t.citizens.put({
      personalId: '001195003456',
      attributes: { population: { fullName: 'Tên khác' } },
    });
    expect(await t.deps.citizens.load('001195003456')).toEqual(before);
  });

  it('has demo citizens with valid 12-digit personal IDs whose digits encode century, sex and birth year', () => {
    for (const c of demoCitizenData) {
      const population = c.attributes?.population as { birthDate: string; sex: string };
      expect(c.personalId).toMatch(/^\d{12}$/);
      const centuryDigit = Number(c.personalId[3]);
      const century = 1900 + Math.floor(centuryDigit / 2) * 100;
      expect(century + Number(c.personalId.slice(4, 6))).toBe(Number(population.birthDate.slice(0, 4)));
      expect(centuryDigit % 2 === 0 ? 'Nam' : 'Nữ').toBe(population.sex);
    }
  });
});
