import { describe, expect, it } from 'vitest';
import { tryCompile } from '../../../functions/core/catalog-checks/schema-compiler';

describe('form annotations (contract 2)', () => {
  it('x-en and x-enumNames are known to the checker; a misspelt keyword still warns', () => {
    const schema = {
      type: 'object',
      properties: {
        gioiTinh: {
          type: 'string',
          enum: ['Nam', 'Nữ'],
          'x-enumNames': ['Nam', 'Nữ'],
          'x-en': { title: 'Sex', enumNames: ['Male', 'Female'] },
        },
      },
    };
    expect(tryCompile(schema)).toEqual({ warnings: [] });
    expect(tryCompile({ type: 'object', requried: ['a'] }).warnings.join(' ')).toContain('requried');
  });
});
