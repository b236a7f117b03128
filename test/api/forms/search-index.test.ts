/**
 * The search index on every day: the list fees of the period in force (a council's 0-đồng online
 * resolution from its first day), a scheduled version from its day, and segments whose list fees
 * do not differ written once.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../functions/use-cases/forms/search-index';
import type { IndexEntry } from '../../../functions/use-cases/publish/build-procedure-artefacts';
import { buildSearchIndex } from '../../../functions/use-cases/publish/build-search-index';
import type { FeeSummary } from '../../../functions/use-cases/publish/summarize-fees';

const line = (amount: number) => ({
  id: 'le-phi',
  name: { vi: 'Lệ phí', en: 'Charge' },
  kind: 'le-phi',
  base: 8000,
  amount,
  policies: amount === 0 ? ['hcm-411'] : [],
});
const summary = (online: number, policyIds: string[] = []): FeeSummary => ({
  channels: [
    { channel: 'in-person', total: 8000, lines: [line(8000)] },
    { channel: 'online', total: online, lines: [{ ...line(online), policies: policyIds }] },
  ],
  zeroOnline: online === 0,
  onlinePolicies: [],
  free: false,
});

const entry = (overrides: Partial<IndexEntry> = {}): IndexEntry => ({
  id: 'dang-ky-khai-sinh',
  code: '1.001193',
  version: 1,
  name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
  field: { id: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } },
  level: { id: 'xa', name: { vi: 'Cấp xã' } },
  agency: { id: 'ubnd-phuong-sai-gon', name: { vi: 'Ủy ban nhân dân phường Sài Gòn' } },
  onlineLevel: 'full',
  channels: ['in-person', 'online'],
  keywords: ['Giấy khai sinh'],
  fees: summary(8000),
  feeTimeline: [
    { from: null, value: summary(8000) },
    // only the applied policy's id differs in the full summary: the list shows the same
    { from: '2025-01-01', value: summary(8000, ['other']) },
    { from: '2026-07-01', value: summary(0, ['hcm-411']) },
  ],
  reusableDocuments: [],
  ...overrides,
});

describe('the search index on every day', () => {
  it('shows the 0-đồng online marker from the resolution’s first day, with list fees written once per change', () => {
    const file = buildSearchIndex([entry()]);
    expect(file.procedures[0]!.fees.map((s) => s.from)).toEqual([null, '2026-07-01']);
    const index = prepare('r1', file);
    const on = (date: string) => index.on(date)[0]!.item;
    expect(on('2026-06-30').fees).toEqual({
      channels: [
        { channel: 'in-person', total: 8000 },
        { channel: 'online', total: 8000 },
      ],
      zeroOnline: false,
      free: false,
    });
    expect(on('2026-07-01').fees.zeroOnline).toBe(true);
    expect(on('2026-07-01').agency).toEqual({
      id: 'ubnd-phuong-sai-gon',
      name: { vi: 'Ủy ban nhân dân phường Sài Gòn' },
    });
  });

  it('switches to a scheduled version on its day, names and texts included', () => {
    const next = entry({
      version: 2,
      name: { vi: 'Đăng ký khai sinh (mới)', en: 'Birth registration (new)' },
      feeTimeline: [{ from: null, value: summary(0, ['hcm-411']) }],
    });
    const index = prepare(
      'r2',
      buildSearchIndex([
        entry({
          feeTimeline: [{ from: null, value: summary(8000) }],
          upcoming: { from: '2027-01-15', version: 2, entry: next },
        }),
      ]),
    );
    expect(index.on('2027-01-14')[0]).toMatchObject({
      item: { version: 1, fees: { zeroOnline: false } },
      text: { names: 'thu tuc dang ky khai sinh birth registration' },
    });
    const later = index.on('2027-01-15')[0]!;
    expect(later.item).toMatchObject({ version: 2, name: { vi: 'Đăng ký khai sinh (mới)' } });
    expect(later.item.fees.zeroOnline).toBe(true);
    expect(later.text.all).toContain('giay khai sinh');
    expect(later.text.all).toContain('uy ban nhan dan phuong sai gon');
  });
});
