import { describe, expect, it } from 'vitest';
import { compileProcedure, quoteFees } from '../../functions/core/index';
import { catalog } from './fixtures/catalog';
import { procedure } from './fixtures/permit-procedure';

const compiled = compileProcedure(procedure, catalog);
const line = (q: ReturnType<typeof quoteFees>, id: string) => q.lines.find((l) => l.id === id);

describe('quoteFees', () => {
  it('quotes a late in-person filing at full price, copies beyond the free one charged per unit', () => {
    const q = quoteFees(compiled, { soBanSao: 3, ngaySuKien: '2025-01-01' }, 'in-person', '2026-02-01');
    expect(q.lines.map((l) => [l.id, l.base, l.amount])).toEqual([
      ['le-phi', 50_000, 50_000],
      ['phi-ban-sao', 16_000, 16_000],
    ]);
    expect(q.total).toBe(66_000);
    expect(q).toMatchObject({ currency: 'VND', jurisdiction: 'phuong-a', channel: 'in-person' });
  });

  it('exempts an on-time filing fully, and a poor household by half, with the reason', () => {
    const onTime = quoteFees(compiled, { soBanSao: 1, ngaySuKien: '2026-01-20' }, 'in-person', '2026-02-01');
    expect(line(onTime, 'le-phi')).toMatchObject({ base: 50_000, amount: 0 });
    expect(line(onTime, 'le-phi')?.exemptions[0]).toMatchObject({
      id: 'dung-han',
      percentOff: 100,
      reason: { vi: 'Đăng ký đúng hạn' },
    });
    const poor = quoteFees(
      compiled,
      { soBanSao: 1, hoNgheo: true, ngaySuKien: '2025-01-01' },
      'in-person',
      '2026-02-01',
    );
    expect(line(poor, 'le-phi')?.amount).toBe(25_000);
    // Both hold: the largest percentOff wins and is listed first.
    const both = quoteFees(compiled, { hoNgheo: true, ngaySuKien: '2026-01-20' }, 'in-person', '2026-02-01');
    expect(line(both, 'le-phi')?.amount).toBe(0);
    expect(line(both, 'le-phi')?.exemptions.map((e) => e.id)).toEqual(['dung-han', 'ho-ngheo']);
  });

  it('caps per-unit lines and prices tiers tier by tier', () => {
    const q = quoteFees(compiled, { soBanSao: 20, ngaySuKien: '2025-01-01' }, 'online', '2025-03-01');
    expect(line(q, 'phi-ban-sao')).toMatchObject({ units: 20, base: 100_000, amount: 100_000 });
    expect(line(q, 'phi-tham-dinh')).toMatchObject({ units: 20, base: 2 * 10_000 + 8 * 5_000 + 10 * 1_000 });
    const missing = quoteFees(compiled, {}, 'online', '2025-03-01');
    expect(line(missing, 'phi-ban-sao')).toMatchObject({ units: 1, amount: 0 }); // default 1, one free
    expect(line(missing, 'phi-tham-dinh')).toMatchObject({ units: 0, amount: 0 }); // no default → 0
  });

  it('applies an online 0-đồng policy only inside its window and channel', () => {
    const answers = { soBanSao: 3, ngaySuKien: '2023-01-01' };
    const online2025 = quoteFees(compiled, answers, 'online', '2025-03-01');
    expect(line(online2025, 'le-phi')).toMatchObject({
      amount: 0,
      policies: [{ id: 'tinh-b-2024-0d', jurisdiction: 'tinh-b' }],
    });
    expect(line(online2025, 'phi-ban-sao')?.policies).toEqual([]); // national 50% starts 2025-06-01
    expect(line(quoteFees(compiled, answers, 'in-person', '2025-03-01'), 'le-phi')?.amount).toBe(50_000);
    expect(line(quoteFees(compiled, answers, 'online', '2023-12-31'), 'le-phi')?.amount).toBe(50_000);
  });

  it('drops a superseded policy, excludes appraisal fees, and takes a percentage off', () => {
    const q = quoteFees(compiled, { soBanSao: 3, ngaySuKien: '2024-01-01' }, 'online', '2026-02-01');
    // Both provincial policies are in force; the 2026 one supersedes the 2024 one.
    expect(line(q, 'le-phi')?.policies.map((p) => p.id)).toEqual(['tinh-b-2026-0d']);
    expect(line(q, 'phi-tham-dinh')).toMatchObject({ amount: 25_000, policies: [] });
    expect(line(q, 'phi-ban-sao')).toMatchObject({
      base: 16_000,
      amount: 8_000,
      policies: [{ id: 'vn-50' }],
    });
    expect(q.total).toBe(33_000);
  });

  it('never applies a policy of another province', () => {
    const q = quoteFees(compiled, { soBanSao: 3 }, 'in-person', '2026-02-01');
    expect(q.lines.flatMap((l) => l.policies.map((p) => p.id))).not.toContain('tinh-c-0d');
  });

  it('quotes nothing on a channel the procedure does not offer', () => {
    expect(quoteFees(compiled, {}, 'postal', '2026-02-01')).toMatchObject({ lines: [], total: 0 });
  });
});
