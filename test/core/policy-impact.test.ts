/**
 * Policy impact, fee change days and registry change safety over the real catalog (catalogs/):
 * the procedures and policies the portal serves, through the same fee engine.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogContext } from '../../functions/composition/catalog-context';
import { compileProcedure, quoteFees } from '../../functions/core/index';
import {
  checkRegistryChange,
  feeChangeDates,
  policyImpact,
  segmentAt,
  segmentsOver,
  withPolicy,
} from '../../functions/core/policies/index';
import type { JurisdictionPolicy, Registry } from '../../functions/core/types';
import { readProcedures } from '../../functions/local/read-procedures';

const procedures = readProcedures(join(import.meta.dirname, '..', '..', 'catalogs', 'procedures'));
const { registry, policies } = bundledCatalogContext;
const byId = (id: string) => procedures.find((p) => p.id === id)!;

const draft: JurisdictionPolicy = {
  id: 'hn-99-2027-ho-tich',
  jurisdiction: 'ha-noi',
  resolution: { number: '99/2027/NQ-HĐND', date: '2026-11-20', issuer: 'HĐND Thành phố Hà Nội' },
  summary: { vi: 'Lệ phí hộ tịch 0 đồng', en: 'Civil status charges 0 đồng' },
  effectiveFrom: '2027-01-01',
  effectiveTo: '2027-06-30',
  channels: ['online', 'in-person'],
  covers: { categories: ['ho-tich'] },
  effect: { type: 'set-zero' },
};

describe('policyImpact', () => {
  const rows = policyImpact({
    registry,
    procedures,
    before: policies,
    after: withPolicy(policies, draft),
    today: '2026-12-02',
  });

  it('lists each procedure × channel whose fee changes, before → after, with its period', () => {
    expect(rows).toEqual([
      expect.objectContaining({
        procedureId: 'dang-ky-ket-hon',
        channel: 'in-person',
        line: 'le-phi-ket-hon-nuoc-ngoai',
        from: '2027-01-01',
        to: '2027-06-30',
        before: 1_000_000,
        after: 0,
        policies: ['hn-99-2027-ho-tich'],
      }),
    ]);
  });

  it('counts a line charged only to some applicants (marriage with a foreign element)', () => {
    const compiled = compileProcedure(byId('dang-ky-ket-hon'), bundledCatalogContext);
    expect(quoteFees(compiled, {}, 'in-person', '2027-02-01').lines).toEqual([]);
    expect(rows[0]!.lineName.vi).toMatch(/nước ngoài/);
  });

  it('leaves out what does not change: online is already 0 đồng in Hà Nội, other provinces are untouched', () => {
    const onlineNow = quoteFees(
      compileProcedure(byId('dang-ky-ket-hon'), bundledCatalogContext),
      {},
      'online',
      '2027-02-01',
    );
    expect(onlineNow.total).toBe(0);
    expect(rows.some((r) => r.channel === 'online')).toBe(false);
    expect(rows.some((r) => r.procedureId === 'dang-ky-khai-tu')).toBe(false); // Hồ Chí Minh City
  });

  it('shows a percentage and a fixed reduction by their amounts', () => {
    const percent = policyImpact({
      registry,
      procedures,
      before: policies,
      after: withPolicy(policies, {
        ...draft,
        channels: ['in-person'],
        effect: { type: 'percent-off', percent: 30 },
      }),
      today: '2026-12-02',
    });
    expect(percent.map((r) => [r.procedureId, r.before, r.after])).toEqual([
      ['dang-ky-ket-hon', 1_000_000, 700_000],
    ]);
    const fixed = policyImpact({
      registry,
      procedures,
      before: policies,
      after: withPolicy(policies, {
        ...draft,
        channels: ['in-person'],
        effect: { type: 'fixed-off', amount: 1_500_000 },
      }),
      today: '2026-12-02',
    });
    expect(fixed.map((r) => r.after)).toEqual([0]);
  });

  it('is empty when the draft equals what is published', () => {
    const same = policyImpact({
      registry,
      procedures,
      before: policies,
      after: [...policies],
      today: '2026-12-02',
    });
    expect(same).toEqual([]);
  });
});

describe('fee summaries by date', () => {
  it('knows the days a procedure fee can change and picks the value in force on a day', () => {
    const compiled = compileProcedure(byId('cap-giay-phep-xay-dung-nha-o-rieng-le'), bundledCatalogContext);
    const days = feeChangeDates(compiled);
    expect(days).toEqual(['2025-06-09', '2026-01-01']);
    const totals = segmentsOver(
      days,
      (from) => quoteFees(compiled, {}, 'online', from ?? '1900-01-01').total,
      (a, b) => a === b,
    );
    expect(segmentAt(totals, '2025-05-01')?.value).toBe(75_000);
    expect(segmentAt(totals, '2025-07-01')?.value).toBe(0);
    // 07/2023 ended 31/12/2025 and 77/2025 took over on 01/01/2026: the amount stays 0, one segment.
    expect(totals.map((s) => s.from)).toEqual([null, '2025-06-09']);
    expect(segmentAt(totals, '2026-12-02')?.value).toBe(0);
  });
});

describe('checkRegistryChange', () => {
  const change = (edit: (r: Registry) => Registry) =>
    checkRegistryChange({ previous: registry, next: edit(structuredClone(registry)), procedures, policies });

  it('refuses removing an agency that published procedures name, listing them', () => {
    const result = change((r) => ({
      ...r,
      agencies: r.agencies.filter((a) => a.id !== 'ubnd-phuong-hoan-kiem'),
    }));
    expect(result.broken.map((b) => b.id).sort()).toEqual([
      'cap-giay-phep-xay-dung-nha-o-rieng-le',
      'dang-ky-ket-hon',
    ]);
    expect(result.broken[0]!.problems[0]!.code).toBe('agency.unknown');
  });

  it('refuses removing a fee category that procedures and policies use', () => {
    const result = change((r) => ({
      ...r,
      feeCategories: r.feeCategories.filter((c) => c.id !== 'giay-phep-xay-dung'),
    }));
    expect(result.broken.map((b) => `${b.kind}:${b.id}`)).toEqual(
      expect.arrayContaining([
        'procedure:cap-giay-phep-xay-dung-nha-o-rieng-le',
        'policy:hn-07-2023-gpxd-truc-tuyen',
      ]),
    );
  });

  it('refuses removing a data source that procedures reuse', () => {
    const result = change((r) => ({ ...r, sources: r.sources.filter((s) => s.id !== 'population') }));
    expect(result.broken.length).toBeGreaterThan(0);
    expect(result.broken.every((b) => b.problems.some((p) => p.code.startsWith('source.')))).toBe(true);
  });

  it('accepts an addition', () => {
    const result = change((r) => ({
      ...r,
      fields: [...r.fields, { id: 'y-te', name: { vi: 'Y tế', en: 'Health' } }],
    }));
    expect(result).toEqual({ registryProblems: [], broken: [] });
  });
});
