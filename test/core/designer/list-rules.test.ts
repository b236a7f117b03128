import { describe, expect, it } from 'vitest';
import {
  conditionForRows,
  freshId,
  integerIssue,
  moveItem,
} from '../../../functions/core/designer/field-issues';
import { listIssues } from '../../../functions/core/designer/list-rules';
import type { Procedure } from '../../../functions/core/types';
import { procedure } from '../fixtures/permit-procedure';

describe('list rules for the builder', () => {
  it('finds nothing to say about a well-formed procedure', () => {
    expect(listIssues(procedure)).toEqual({});
  });

  it('asks for a step title, a result form, a legal number and a well-formed date', () => {
    const p: Procedure = {
      ...procedure,
      steps: [{ title: { vi: ' ' }, actor: 'agency' }],
      result: { ...procedure.result, forms: [] },
      legalBasis: [{ number: '', date: '2025-13-01' }],
      applicants: [],
    };
    expect(Object.keys(listIssues(p)).sort()).toEqual([
      '/applicants',
      '/legalBasis/0/date',
      '/legalBasis/0/number',
      '/result/forms',
      '/steps/0/title/vi',
    ]);
  });

  it('moves items and makes fresh ids', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(freshId('giay-to', ['giay-to-2'])).toBe('giay-to-3');
    expect(freshId('giay-to', ['giay-to-2', 'giay-to-3'])).toBe('giay-to-4');
  });

  it('tells a missing number from a negative one and from a number out of range', () => {
    expect(integerIssue(undefined, { required: false })).toBeUndefined();
    expect(integerIssue(undefined, {})?.en).toMatch(/^Missing/);
    expect(integerIssue(0, { min: 0 })).toBeUndefined();
    expect(integerIssue(101, { min: 1, max: 100 })?.en).toBe('At most 100');
    expect(integerIssue(Number.NaN, {})?.en).toBe('Must be a number');
  });
});

describe('conditions handed to the rows editor', () => {
  it('treats always as no condition and keeps never as an advanced one', () => {
    expect(conditionForRows({})).toBeUndefined();
    expect(conditionForRows(true)).toBeUndefined();
    expect(conditionForRows(false)).toEqual({ not: {} });
    const when = { properties: { a: { const: 1 } }, required: ['a'] };
    expect(conditionForRows(when)).toBe(when);
  });
});
