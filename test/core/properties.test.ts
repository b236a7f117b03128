import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeeLine } from '../../functions/core/format/generated/procedure';
import { vnProvinceCodes } from '../../functions/core/formats/tables/vn-province-codes';
import { compileProcedure, generateForm, quoteFees, validateSubmission } from '../../functions/core/index';
import type { JurisdictionPolicy, Procedure } from '../../functions/core/types';
import { catalog } from './fixtures/catalog';
import { procedure } from './fixtures/permit-procedure';

const day = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const channel = fc.constantFrom('in-person' as const, 'online' as const, 'postal' as const);
const answers = fc.record(
  {
    soBanSao: fc.oneof(fc.integer({ min: -5, max: 500 }), fc.string()),
    soBan: fc.oneof(fc.integer({ min: -3, max: 50 }), fc.string()),
    hoNgheo: fc.boolean(),
    ngaySuKien: day('2020-01-01', '2030-12-31'),
  },
  { requiredKeys: [] },
);

const amountRule: fc.Arbitrary<FeeLine['amount']> = fc.oneof(
  fc.record({ type: fc.constant('fixed' as const), amount: fc.nat(5_000_000) }),
  fc.record({
    type: fc.constant('per-unit' as const),
    unitPrice: fc.nat(100_000),
    units: fc.constant({ from: '/soBanSao' }),
    freeUnits: fc.nat(5),
  }),
  fc.record({
    type: fc.constant('tiered' as const),
    units: fc.constant({ from: '/soBanSao', default: 2 }),
    tiers: fc
      .array(fc.record({ step: fc.integer({ min: 1, max: 20 }), unitPrice: fc.nat(50_000) }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((ts) => {
        let upTo = 0;
        return ts.map((t, i) => {
          upTo += t.step;
          return { upTo: i === ts.length - 1 ? null : upTo, unitPrice: t.unitPrice };
        });
      }),
  }),
);
const feeLine = (id: string): fc.Arbitrary<FeeLine> =>
  fc.record(
    {
      id: fc.constant(id),
      kind: fc.constantFrom('le-phi' as const, 'phi' as const),
      category: fc.constantFrom('ho-tich', 'khai-thac', 'tham-dinh'),
      name: fc.constant({ vi: id, en: id }),
      amount: amountRule,
      cap: fc.nat(2_000_000),
      multiplier: fc.record({ from: fc.constant('/soBan'), default: fc.nat(5) }, { requiredKeys: ['from'] }),
      appraisal: fc.boolean(),
      setBy: fc.constantFrom('council' as const, 'ministry' as const),
      exemptions: fc.array(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c'),
          when: fc.constantFrom<Record<string, unknown> | boolean>(true, false, {
            properties: { hoNgheo: { const: true } },
          }),
          percentOff: fc.integer({ min: 1, max: 100 }),
          reason: fc.constant({ vi: 'lý do' }),
          legalBasis: fc.constant({ number: '1/2020/NĐ-CP' }),
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['id', 'kind', 'category', 'name', 'amount'] },
  );
const policy: fc.Arbitrary<JurisdictionPolicy> = fc
  .record({
    id: fc.constantFrom('p1', 'p2', 'p3'),
    jurisdiction: fc.constantFrom('viet-nam', 'tinh-b', 'phuong-a', 'tinh-c'),
    from: day('2023-01-01', '2027-12-31'),
    days: fc.option(fc.nat(900), { nil: null }),
    channels: fc.uniqueArray(channel, { minLength: 1 }),
    effect: fc.oneof(
      fc.constant({ type: 'set-zero' as const }),
      fc.record({ type: fc.constant('percent-off' as const), percent: fc.integer({ min: 1, max: 100 }) }),
    ),
    supersedes: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 2 }),
  })
  .map((p) => ({
    id: p.id,
    jurisdiction: p.jurisdiction,
    resolution: { number: '1/NQ-HĐND' },
    summary: { vi: 'thử' },
    effectiveFrom: p.from,
    effectiveTo:
      p.days === null ? null : new Date(Date.parse(p.from) + p.days * 86_400_000).toISOString().slice(0, 10),
    channels: p.channels,
    covers: {},
    effect: p.effect,
    supersedes: p.supersedes,
  }));

/** The fixture procedure with generated fee lines, all charged on every channel it offers. */
function withFees(lines: FeeLine[]): Procedure {
  const ids = lines.map((l) => l.id);
  return { ...procedure, fees: lines, channels: procedure.channels.map((c) => ({ ...c, fees: ids })) };
}

describe('properties of the core', () => {
  it('a fee is never negative, every amount is an integer, and the total is the sum of the lines', () => {
    fc.assert(
      fc.property(
        fc.tuple(feeLine('l1'), feeLine('l2'), feeLine('l3')),
        fc.uniqueArray(policy, { maxLength: 3, selector: (p) => p.id }),
        answers,
        channel,
        day('2022-01-01', '2029-12-31'),
        (lines, policies, a, ch, date) => {
          const compiled = compileProcedure(withFees(lines), { ...catalog, policies });
          const q = quoteFees(compiled, a, ch, date);
          for (const l of q.lines) {
            expect(Number.isSafeInteger(l.amount) && l.amount >= 0).toBe(true);
            expect(l.amount).toBeLessThanOrEqual(l.base);
            const line = lines.find((x) => x.id === l.id)!;
            // The cap bounds one copy: never more than cap × copies.
            if (line.cap !== undefined) expect(l.base).toBeLessThanOrEqual(line.cap * (l.copies ?? 1));
          }
          expect(q.total).toBe(q.lines.reduce((s, l) => s + l.amount, 0));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a line with a multiplier costs its capped single-copy base times the copies, before exemptions', () => {
    fc.assert(
      fc.property(feeLine('l1'), answers, channel, (generated, a, ch) => {
        const { multiplier, ...single } = generated;
        const withCopies = { ...single, multiplier: multiplier ?? { from: '/soBan' } };
        const date = '2026-02-01';
        const one = quoteFees(compileProcedure(withFees([single]), catalog), a, ch, date).lines[0];
        const many = quoteFees(compileProcedure(withFees([withCopies]), catalog), a, ch, date).lines[0];
        if (one === undefined || many === undefined) return;
        const soBan = (a as { soBan?: unknown }).soBan;
        const expected =
          typeof soBan === 'number' && soBan >= 0 ? soBan : (withCopies.multiplier.default ?? 1);
        expect(one.copies).toBeUndefined();
        expect(many.copies).toBe(expected);
        expect(many.units).toBe(one.units);
        expect(many.base).toBe(one.base * expected);
      }),
      { numRuns: 200 },
    );
  });

  it('a policy applies only inside its date window, on its channels, in its jurisdiction chain', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(policy, { minLength: 1, maxLength: 3, selector: (p) => p.id }),
        answers,
        channel,
        day('2022-01-01', '2029-12-31'),
        (policies, a, ch, date) => {
          const compiled = compileProcedure(procedure, { ...catalog, policies });
          for (const line of quoteFees(compiled, a, ch, date).lines) {
            expect(line.policies.length).toBeLessThanOrEqual(1);
            for (const applied of line.policies) {
              const p = policies.find((x) => x.id === applied.id && x.jurisdiction === applied.jurisdiction)!;
              expect(p.channels).toContain(ch);
              expect(date >= p.effectiveFrom).toBe(true);
              if (p.effectiveTo !== null) expect(date <= p.effectiveTo).toBe(true);
              expect(p.jurisdiction).not.toBe('tinh-c');
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('validation never throws on arbitrary JSON and always explains a rejection', () => {
    const compiled = compileProcedure(procedure, catalog);
    const json = fc.jsonValue();
    fc.assert(
      fc.property(
        fc.oneof(
          json,
          fc.record({
            answers: fc.oneof(json, answers),
            channel: fc.oneof(json, channel),
            documents: json,
            citizen: json,
            date: fc.oneof(json, day('2024-01-01', '2027-01-01')),
          }),
        ),
        (input) => {
          const r = validateSubmission(compiled, input as never);
          expect(typeof r.valid).toBe('boolean');
          expect(r.valid).toBe(r.errors.length === 0);
          for (const e of r.errors) expect(e.message.vi && e.message.en && e.code).toBeTruthy();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a generated form validates its own prefilled formData for the prefilled part', () => {
    const compiled = compileProcedure(procedure, catalog);
    const name = fc.string({ minLength: 2, maxLength: 100 }).filter((s) => s.trim().length > 0);
    // A personal ID the citizen registry could hold: an assigned province, born by the filing date.
    const personalId = fc
      .tuple(
        fc.constantFrom(...Object.keys(vnProvinceCodes)),
        fc.integer({ min: 1900, max: 2026 }),
        fc.boolean(),
        fc.stringMatching(/^\d{6}$/),
      )
      .map(([province, year, female, rest]) => {
        const century = (Math.floor(year / 100) - 19) * 2 + (female ? 1 : 0);
        return `${province}${century}${String(year % 100).padStart(2, '0')}${rest}`;
      });
    fc.assert(
      fc.property(
        name,
        personalId,
        day('1920-01-01', '2026-01-31'),
        channel,
        (fullName, id, birthDate, ch) => {
          const date = '2026-02-01';
          const citizen = {
            personalId: id,
            attributes: { population: { fullName, personalId: id, birthDate } },
          };
          const form = generateForm(compiled, { channel: ch, date, citizen });
          const r = validateSubmission(compiled, { answers: form.formData, channel: ch, citizen, date });
          const prefilled = form.prefill.map((p) => `/answers${p.target}`);
          const wrong = r.errors.filter((e) => prefilled.includes(e.path) || e.code === 'prefill.locked');
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
