import { describe, expect, it } from 'vitest';
import type { FeeLine } from '../../functions/core/format/generated/procedure';
import { compileProcedure, quoteFees } from '../../functions/core/index';
import type { Procedure } from '../../functions/core/types';
import { catalog } from './fixtures/catalog';
import { procedure } from './fixtures/permit-procedure';

/** Chứng thực bản sao từ bản chính (Thông tư 226/2016/TT-BTC): tiers by page, capped per copy. */
const chungThuc: FeeLine = {
  id: 'chung-thuc',
  kind: 'le-phi',
  category: 'ho-tich',
  name: { vi: 'Phí chứng thực bản sao', en: 'Certified copy fee' },
  amount: {
    type: 'tiered',
    units: { from: '/soTrang', default: 1 },
    tiers: [
      { upTo: 2, unitPrice: 2_000 },
      { upTo: null, unitPrice: 1_000 },
    ],
  },
  cap: 200_000,
  multiplier: { from: '/soBan', default: 1 },
};
const withCopies: Procedure = {
  ...procedure,
  fees: [chungThuc],
  channels: procedure.channels.map((c) => ({ ...c, fees: ['chung-thuc'] })),
};
const compiled = compileProcedure(withCopies, catalog);
const quote = (answers: unknown) => quoteFees(compiled, answers, 'in-person', '2026-02-01').lines[0];

describe('a line charged per copy', () => {
  it('prices the pages of one copy by tier, then multiplies by the copies', () => {
    expect(quote({ soTrang: 5, soBan: 3 })).toMatchObject({
      units: 5,
      copies: 3,
      base: (2 * 2_000 + 3 * 1_000) * 3,
      amount: 21_000,
    });
  });

  it('caps each copy before multiplying, so three long copies cost three caps', () => {
    expect(quote({ soTrang: 250, soBan: 1 })).toMatchObject({ copies: 1, amount: 200_000 });
    expect(quote({ soTrang: 250, soBan: 3 })).toMatchObject({ copies: 3, amount: 600_000 });
  });

  it('reads missing or malformed copies as the default, and zero copies as free', () => {
    expect(quote({ soTrang: 1 })).toMatchObject({ copies: 1, amount: 2_000 });
    expect(quote({ soTrang: 1, soBan: -2 })).toMatchObject({ copies: 1, amount: 2_000 });
    expect(quote({ soTrang: 1, soBan: 0 })).toMatchObject({ copies: 0, amount: 0 });
  });

  it('without a default, a line with a multiplier counts one copy', () => {
    const { default: _, ...noDefault } = chungThuc.multiplier!;
    const line = { ...chungThuc, multiplier: noDefault };
    const c = compileProcedure({ ...withCopies, fees: [line] }, catalog);
    expect(quoteFees(c, { soTrang: 3 }, 'in-person', '2026-02-01').lines[0]).toMatchObject({
      copies: 1,
      amount: 5_000,
    });
  });

  it('shows no copies on lines without a multiplier', () => {
    const plain = compileProcedure(procedure, catalog);
    const lines = quoteFees(plain, { soBanSao: 3 }, 'in-person', '2026-02-01').lines;
    expect(lines.every((l) => !('copies' in l))).toBe(true);
  });
});
