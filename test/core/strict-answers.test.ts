import { describe, expect, it } from 'vitest';
import { compileProcedure, validateSubmission } from '../../functions/core/index';
import type { Procedure } from '../../functions/core/types';
import { catalog } from './fixtures/catalog';
import { procedure } from './fixtures/permit-procedure';

/** Shapes officers write: reusable $defs, mixins with allOf, conditions inside nested groups. */
const schema = {
  type: 'object',
  $defs: {
    address: {
      type: 'object',
      properties: { street: { type: 'string', title: 'Đường' } },
      required: ['street'],
    },
  },
  properties: {
    home: { $ref: '#/$defs/address' },
    work: {
      title: 'Nơi làm việc',
      allOf: [{ $ref: '#/$defs/address' }],
      properties: { floor: { type: 'integer' } },
    },
    person: {
      type: 'object',
      properties: { married: { type: 'boolean' } },
      if: { properties: { married: { const: true } }, required: ['married'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
      then: { properties: { spouse: { type: 'string', title: 'Vợ/chồng' } } },
    },
  },
};
const withSchema: Procedure = {
  ...procedure,
  form: { schema },
  documentCases: [
    {
      id: 'x',
      title: { vi: 'x' },
      documents: [{ id: 'a', name: { vi: 'a' }, originals: 1, copies: 0, required: false }],
    },
  ],
};
const compiled = compileProcedure(withSchema, catalog);
const check = (answers: unknown) =>
  validateSubmission(compiled, { answers, channel: 'online', date: '2026-01-01' }).errors.map((e) => [
    e.code,
    e.path,
  ]);

describe('unknown and hidden answers in structured forms', () => {
  it('accepts a mixin’s own fields and the shown branch of a nested condition', () => {
    expect(
      check({
        home: { street: 'A' },
        work: { street: 'B', floor: 2 },
        person: { married: true, spouse: 'C' },
      }),
    ).toEqual([]);
  });

  it('rejects unknown fields in referenced groups and hidden fields in nested ones', () => {
    expect(
      check({
        home: { street: 'A', zip: 1 },
        work: { street: 'B', zip: 2 },
        person: { married: false, spouse: 'C' },
      }),
    ).toEqual([
      ['answers.unknown', '/answers/home/zip'],
      ['answers.unknown', '/answers/work/zip'],
      ['answers.hidden', '/answers/person/spouse'],
    ]);
  });

  it('reports a wrong value in a shown branch as what it is, not as a hidden field', () => {
    expect(check({ home: {}, person: { married: true, spouse: 5 } })).toEqual([
      ['answers.required', '/answers/home/street'],
      ['answers.type', '/answers/person/spouse'],
    ]);
  });
});
