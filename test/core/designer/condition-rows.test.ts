import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../../functions/core/compile/conditions';
import {
  type ConditionRow,
  conditionFields,
  conditionToRows,
  operatorsFor,
  rowsToCondition,
} from '../../../functions/core/designer/condition-rows';
import { catalogConditions, catalogProcedures } from './catalog-procedures';

const holds = (condition: Record<string, unknown> | undefined, subject: unknown) =>
  compileCondition(condition, 'test')(subject as Record<string, unknown>);

describe('conditionToRows on the real catalog', () => {
  const all = catalogProcedures.flatMap(({ procedure }) => catalogConditions(procedure));

  it('reads every catalog condition as rows that write back the very same JSON, or keeps it advanced', () => {
    expect(all.length).toBeGreaterThan(20);
    for (const condition of all) {
      const parsed = conditionToRows(condition);
      if ('advanced' in parsed) continue;
      expect(rowsToCondition(parsed.mode, parsed.rows)).toEqual(condition);
      expect(JSON.stringify(rowsToCondition(parsed.mode, parsed.rows))).toBe(JSON.stringify(condition));
    }
  });

  it('shows nearly all catalog conditions as rows (the allOf of three nested rows included)', () => {
    const advanced = all.filter((c) => 'advanced' in conditionToRows(c));
    expect(advanced).toEqual([]);
  });

  it('reads the nested "is one of" and the derived "at most" the way an officer means them', () => {
    expect(
      conditionToRows({
        properties: {
          nguoiCoSuKien: { properties: { quanHe: { enum: ['Cha, mẹ', 'Con'] } }, required: ['quanHe'] },
        },
        required: ['nguoiCoSuKien'],
      }),
    ).toEqual({
      mode: 'all',
      rows: [{ field: '/nguoiCoSuKien/quanHe', operator: 'oneOf', value: ['Cha, mẹ', 'Con'] }],
    });
    expect(
      conditionToRows({ properties: { soNgayTuKhiSinh: { maximum: 60 } }, required: ['soNgayTuKhiSinh'] }),
    ).toEqual({
      mode: 'all',
      rows: [{ field: '/soNgayTuKhiSinh', operator: 'atMost', value: 60 }],
    });
  });
});

describe('conditionToRows keeps what it cannot show', () => {
  it.each([
    [{ properties: { a: { const: 1 }, b: { const: 2 } }, required: ['a', 'b'] }],
    [{ properties: { a: { const: 1 } } }],
    [{ allOf: [{ properties: { a: { const: 1 } }, required: ['a'] }] }],
    [{ anyOf: [{ properties: { a: { pattern: '^x' } }, required: ['a'] }] }],
    [{ properties: { a: { const: 1 } }, required: ['a'], title: 'x' }],
    [{ oneOf: [] }],
  ])('%j is advanced', (condition) => {
    expect(conditionToRows(condition)).toEqual({ advanced: true });
  });

  it('undefined is "always": no rows', () => {
    expect(conditionToRows(undefined)).toEqual({ mode: 'all', rows: [] });
    expect(rowsToCondition('all', [])).toBeUndefined();
  });
});

describe('rowsToCondition means what the row says', () => {
  const row = (operator: ConditionRow['operator'], value?: unknown): ConditionRow => ({
    field: '/a/b',
    operator,
    value,
  });
  const s = (b: unknown) => ({ a: b === undefined ? {} : { b } });

  it('is / is not / is one of', () => {
    expect(holds(rowsToCondition('all', [row('is', 'x')]), s('x'))).toBe(true);
    expect(holds(rowsToCondition('all', [row('is', 'x')]), s('y'))).toBe(false);
    expect(holds(rowsToCondition('all', [row('is', 'x')]), {})).toBe(false);
    expect(holds(rowsToCondition('all', [row('isNot', 'x')]), s('y'))).toBe(true);
    expect(holds(rowsToCondition('all', [row('isNot', 'x')]), s('x'))).toBe(false);
    expect(holds(rowsToCondition('all', [row('oneOf', ['x', 'z'])]), s('z'))).toBe(true);
    expect(holds(rowsToCondition('all', [row('oneOf', ['x', 'z'])]), s('y'))).toBe(false);
  });

  it('greater / less / at least / at most', () => {
    expect(holds(rowsToCondition('all', [row('greaterThan', 5)]), s(5))).toBe(false);
    expect(holds(rowsToCondition('all', [row('greaterThan', 5)]), s(6))).toBe(true);
    expect(holds(rowsToCondition('all', [row('lessThan', 5)]), s(5))).toBe(false);
    expect(holds(rowsToCondition('all', [row('atLeast', 5)]), s(5))).toBe(true);
    expect(holds(rowsToCondition('all', [row('atMost', 5)]), s(6))).toBe(false);
  });

  it('empty / not empty; an absent section has every field empty', () => {
    expect(holds(rowsToCondition('all', [row('empty')]), {})).toBe(true);
    expect(holds(rowsToCondition('all', [row('empty')]), s('x'))).toBe(false);
    expect(holds(rowsToCondition('all', [row('notEmpty')]), s('x'))).toBe(true);
    expect(holds(rowsToCondition('all', [row('notEmpty')]), {})).toBe(false);
  });

  it('all = and, any = or; half-filled rows are left out', () => {
    const rows: ConditionRow[] = [
      { field: '/x', operator: 'is', value: true },
      { field: '/y', operator: 'atLeast', value: 3 },
      { field: '', operator: 'is' },
      { field: '/z', operator: 'oneOf', value: [] },
    ];
    expect(holds(rowsToCondition('all', rows), { x: true, y: 2 })).toBe(false);
    expect(holds(rowsToCondition('any', rows), { x: true, y: 2 })).toBe(true);
    expect(rowsToCondition('all', rows)).toEqual({
      allOf: [
        { properties: { x: { const: true } }, required: ['x'] },
        { properties: { y: { minimum: 3 } }, required: ['y'] },
      ],
    });
  });
});

describe('rows → condition → rows is stable (generated rows)', () => {
  const name = fc.constantFrom('hoTen', 'a/b', 'x~y', 'tuoi', 'quanHe');
  const scalar = fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.boolean());
  const rowArb: fc.Arbitrary<ConditionRow> = fc
    .tuple(
      fc.array(name, { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 0, max: 8 }),
      scalar,
      fc.array(scalar, { minLength: 1, maxLength: 4 }),
      fc.integer(),
    )
    .map(([path, op, value, list, n]) => {
      const field = path.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
      const operator = (
        ['is', 'isNot', 'oneOf', 'greaterThan', 'lessThan', 'atLeast', 'atMost', 'empty', 'notEmpty'] as const
      )[op]!;
      if (operator === 'empty' || operator === 'notEmpty') return { field, operator };
      if (operator === 'oneOf') return { field, operator, value: list };
      if (operator === 'is' || operator === 'isNot') return { field, operator, value };
      return { field, operator, value: n };
    });

  it('parses back to the same rows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('all' as const, 'any' as const),
        fc.array(rowArb, { minLength: 1, maxLength: 5 }),
        (mode, rows) => {
          const parsed = conditionToRows(rowsToCondition(mode, rows));
          expect(parsed).toEqual({ mode, rows });
        },
      ),
    );
  });
});

describe('conditionFields', () => {
  it('lists answers (in sections and conditional branches) and derived facts with labels and choices', () => {
    const khaiSinh = catalogProcedures.find((p) => p.file.startsWith('1.001193'))!.procedure;
    const fields = conditionFields(khaiSinh);
    const byPointer = new Map(fields.map((f) => [f.pointer, f]));
    expect(byPointer.get('/soNgayTuKhiSinh')).toMatchObject({ origin: 'derived', type: 'integer' });
    expect(byPointer.get('/laNguoiDuocUyQuyen')).toMatchObject({ type: 'boolean', origin: 'answer' });
    expect(byPointer.get('/nguoiUyQuyen/quanHe')).toMatchObject({ type: 'enum', values: ['Cha', 'Mẹ'] });
    expect(byPointer.get('/treEm/ngaySinh')?.type).toBe('date');
    expect(byPointer.get('/nguoiUyQuyen/quanHe')?.label.vi).toBe('Người ủy quyền › Quan hệ với trẻ');
    expect(operatorsFor('date')).not.toContain('greaterThan');
  });

  it('every field of every catalog condition is offered', () => {
    for (const { procedure } of catalogProcedures) {
      const pointers = new Set(conditionFields(procedure).map((f) => f.pointer));
      for (const c of catalogConditions(procedure)) {
        const parsed = conditionToRows(c);
        if ('advanced' in parsed) continue;
        for (const r of parsed.rows) expect(pointers, `${procedure.id} ${r.field}`).toContain(r.field);
      }
    }
  });
});
