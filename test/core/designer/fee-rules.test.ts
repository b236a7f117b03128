import { describe, expect, it } from 'vitest';
import {
  feeIssues,
  feesComputable,
  numberSources,
  replaceFeeLines,
  setLineChannels,
  switchAmountType,
  tierRows,
} from '../../../functions/core/designer/fee-rules';
import type { FeeLine } from '../../../functions/core/format/generated/procedure';
import type { Procedure } from '../../../functions/core/types';
import { procedure } from '../fixtures/permit-procedure';

/** The fixture with its first fee line replaced (a designer edit). */
const withLine = (patch: Partial<FeeLine>): Procedure => ({
  ...procedure,
  fees: procedure.fees.map((f, i) => (i === 0 ? ({ ...f, ...patch } as FeeLine) : f)),
});

describe('fee rules for the builder', () => {
  it('finds nothing to say about a well-formed procedure', () => {
    expect(feeIssues(procedure)).toEqual({});
    expect(feesComputable(procedure)).toBe(true);
  });

  it('refuses a cleared amount instead of taking it as 0 đồng', () => {
    const cleared = withLine({ amount: { type: 'fixed', amount: null as unknown as number } });
    expect(feeIssues(cleared)['/fees/0/amount/amount']?.vi).toMatch(/Chưa nhập/);
    expect(feesComputable(cleared)).toBe(false);
  });

  it('refuses negative and fractional amounts', () => {
    expect(feeIssues(withLine({ amount: { type: 'fixed', amount: -5 } }))['/fees/0/amount/amount']?.en).toBe(
      'Must not be negative',
    );
    expect(feeIssues(withLine({ amount: { type: 'fixed', amount: 1.5 } }))['/fees/0/amount/amount']?.en).toBe(
      'Must be a whole number',
    );
  });

  it('reads tiers as from/to rows and refuses a tier that ends before it starts', () => {
    const tiers = [
      { upTo: 5, unitPrice: 2000 },
      { upTo: 3, unitPrice: 1500 },
      { upTo: null, unitPrice: 1000 },
    ];
    expect(tierRows(tiers)).toEqual([
      { from: 1, to: 5, unitPrice: 2000 },
      { from: 6, to: 3, unitPrice: 1500 },
      { from: 4, to: null, unitPrice: 1000 },
    ]);
    const issues = feeIssues(withLine({ amount: { type: 'tiered', units: { from: '/soTrang' }, tiers } }));
    expect(issues['/fees/0/amount/tiers/1/upTo']?.vi).toContain('nhỏ hơn "từ" (6)');
    expect(issues['/fees/0/amount/tiers/0/upTo']).toBeUndefined();
  });

  it('allows an open upper bound only on the last tier and asks for the unit field', () => {
    const tiers = [
      { upTo: null, unitPrice: 2000 },
      { upTo: 10, unitPrice: 1000 },
    ];
    const issues = feeIssues(withLine({ amount: { type: 'tiered', units: { from: '' }, tiers } }));
    expect(Object.keys(issues).sort()).toEqual(['/fees/0/amount/tiers/0/upTo', '/fees/0/amount/units/from']);
  });

  it('refuses a cleared cap and a multiplier with no field', () => {
    const issues = feeIssues(withLine({ cap: null as unknown as number, multiplier: { from: '' } }));
    expect(Object.keys(issues).sort()).toEqual(['/fees/0/cap', '/fees/0/multiplier/from']);
  });

  it('refuses an exemption without its legal reason or with percent off out of range', () => {
    const exemptions = [
      { id: 'mien', when: {}, percentOff: 150, reason: { vi: '' }, legalBasis: { number: '' } },
    ];
    const issues = feeIssues(withLine({ exemptions }));
    expect(Object.keys(issues).sort()).toEqual([
      '/fees/0/exemptions/0/legalBasis/number',
      '/fees/0/exemptions/0/percentOff',
      '/fees/0/exemptions/0/reason/vi',
    ]);
  });

  it('refuses a cleared processing time instead of 0 days', () => {
    const p: Procedure = {
      ...procedure,
      channels: procedure.channels.map((c) => ({ ...c, processingTime: { type: 'working-days' } })),
    };
    expect(feeIssues(p)['/channels/0/processingTime/value']?.vi).toMatch(/không tự coi là 0 ngày/);
    const sameDay: Procedure = {
      ...procedure,
      channels: procedure.channels.map((c) => ({ ...c, processingTime: { type: 'same-day' } })),
    };
    expect(feeIssues(sameDay)).toEqual({});
  });

  it('switches an amount rule keeping the price and the unit count', () => {
    const perUnit = switchAmountType({ type: 'fixed', amount: 8000 }, 'per-unit');
    expect(perUnit).toEqual({ type: 'per-unit', unitPrice: 8000, units: { from: '' } });
    expect(
      switchAmountType({ type: 'per-unit', unitPrice: 8000, units: { from: '/soBan' } }, 'tiered'),
    ).toEqual({
      type: 'tiered',
      units: { from: '/soBan' },
      tiers: [{ upTo: null, unitPrice: 8000 }],
    });
  });

  it('offers the form’s number fields and count facts as unit sources', () => {
    const p: Procedure = {
      ...procedure,
      form: {
        schema: {
          type: 'object',
          properties: {
            soBan: { type: 'integer', title: 'Số bản sao' },
            hoTen: { type: 'string' },
            giay: { type: 'object', title: 'Giấy tờ', properties: { soTrang: { type: 'integer' } } },
          },
        },
      },
      derived: [{ name: 'soThanhVien', kind: 'count', of: '/thanhVien' }],
    };
    expect(numberSources(p)).toEqual([
      { pointer: '/soBan', label: 'Số bản sao' },
      { pointer: '/giay/soTrang', label: 'Giấy tờ › soTrang' },
      { pointer: '/soThanhVien', label: 'soThanhVien' },
    ]);
  });
});

describe('fee lines and the channels that charge them', () => {
  const [first, second] = procedure.fees;
  if (!first || !second) throw new Error('the fixture has two fee lines at least');

  it('carries an id edit into the channels and drops a removed line', () => {
    const renamed = replaceFeeLines(
      procedure,
      procedure.fees.map((f, i) => (i === 0 ? { ...f, id: 'le-phi-moi' } : f)),
    );
    expect(renamed.channels.map((c) => c.fees.includes('le-phi-moi'))).toEqual([true, true]);
    expect(renamed.channels.some((c) => c.fees.includes(first.id))).toBe(false);
    const removed = replaceFeeLines(procedure, procedure.fees.slice(1));
    expect(removed.channels.some((c) => c.fees.includes(first.id))).toBe(false);
  });

  it('does not mistake a reorder for a rename', () => {
    const swapped = replaceFeeLines(procedure, [second, first, ...procedure.fees.slice(2)]);
    expect(swapped.channels).toEqual(procedure.channels);
  });

  it('charges a line on exactly the channels ticked', () => {
    const onlineOnly = setLineChannels(procedure, first.id, ['online']);
    expect(onlineOnly.channels.map((c) => [c.channel, c.fees.includes(first.id)])).toEqual([
      ['in-person', false],
      ['online', true],
    ]);
  });
});
