import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { previewValidator } from '../../builder-ui/src/builder/preview-validator';
import { formValidator } from '../../builder-ui/src/ui/rjsf-validator';

const root = (label: string) =>
  ({
    type: 'object',
    title: label,
    properties: {
      // A property named like an annotation keyword is a field, not a label: it must stay.
      title: { type: 'string', title: `${label} title`, minLength: 2 },
      kind: { type: 'string', enum: ['a', 'b'], description: label, 'x-en': { title: 'Kind' } },
    },
    if: { properties: { kind: { const: 'a' } }, required: ['kind'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
    then: { required: ['title'] },
  }) as RJSFSchema;

describe('the preview validator', () => {
  it('answers as the form validator, whatever the labels', () => {
    for (const label of ['Một', 'Hai', 'Ba']) {
      const schema = root(label);
      const test = schema.if as RJSFSchema;
      for (const data of [{}, { kind: 'a' }, { kind: 'b', title: 'x' }, { title: 'x' }]) {
        expect(previewValidator.isValid(test, data, schema)).toBe(formValidator.isValid(test, data, schema));
        expect(previewValidator.isValid(schema, data, schema)).toBe(
          formValidator.isValid(schema, data, schema),
        );
      }
    }
    expect(previewValidator.isValid(root('x'), { kind: 'a', title: 'x' }, root('x'))).toBe(false);
    expect(previewValidator.isValid(root('x'), { kind: 'a', title: 'xy' }, root('x'))).toBe(true);
  });
});
