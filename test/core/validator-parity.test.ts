/**
 * Browser and server give the same verdict (issue 10, item 1). A corpus of tricky values goes
 * through the validator module the builder and the citizen form use
 * (builder-ui/src/ui/rjsf-validator.ts, react-jsonschema-form's validator interface) and through
 * the server's compiled form validator, at the same filing date; verdicts and error locations
 * (instance path + keyword) must be identical, value by value.
 */
import type { RJSFSchema } from '@rjsf/utils';
import validatorAjv8 from '@rjsf/validator-ajv8';
import { describe, expect, it } from 'vitest';
import { createFormValidator } from '../../builder-ui/src/ui/rjsf-validator';
import { compileForm } from '../../functions/core/compile/compile-form';
import { atFilingDate } from '../../functions/core/formats/filing-date';

const date = '2026-12-02';
const browser = createFormValidator(() => date);

/** field schema → values to try. */
const corpus: [string, Record<string, unknown>, unknown[]][] = [
  [
    'date',
    { type: 'string', format: 'date' },
    ['2024-02-29', '2025-02-29', '2025-13-01', '2025-1-01', '20250101', '2025-01-01T00:00:00Z', ''],
  ],
  [
    'time',
    { type: 'string', format: 'time' },
    ['10:00:00+07:00', '10:00:00Z', '10:00:00', '10:00', '25:00:00Z', '23:59:60Z', '10:00:00.5+07:00'],
  ],
  [
    'date-time',
    { type: 'string', format: 'date-time' },
    [
      '2025-01-01T10:00:00',
      '2025-01-01T10:00:00+07:00',
      '2025-01-01T10:00:00Z',
      '2025-01-01 10:00:00Z',
      '2025-01-01t10:00:00z',
      '2025-02-30T10:00:00Z',
      '2025-01-01T10:00:00+0700',
    ],
  ],
  [
    'email',
    { type: 'string', format: 'email' },
    ['lan@dichvucong.gov.vn', 'lan@localhost', 'nguyễn@x.vn', 'a..b@x.vn', ' lan@x.vn', 'lan@x.vn.'],
  ],
  [
    'uri',
    { type: 'string', format: 'uri' },
    [
      'https://dichvucong.gov.vn/p?x=1',
      'dichvucong.gov.vn',
      'mailto:lan@x.vn',
      'http://[::1]/',
      'https://x.vn/a b',
      'urn:isbn:0451450523',
    ],
  ],
  [
    'pattern',
    { type: 'string', pattern: '^[A-Z0-9]{6,12}$' },
    ['ABC123', 'abc123', 'ABC12', 'ABCDEFGHIJKLM', 'ABC123\n'],
  ],
  ['pattern-unicode', { type: 'string', pattern: '^\\p{Lu}\\p{Ll}+$' }, ['Ầu', 'ầu', 'Lan', 'L']],
  [
    'pattern-vietnamese',
    { type: 'string', pattern: '^Hộ kinh doanh .{2,}$' },
    ['Hộ kinh doanh Lan Anh', 'Ho kinh doanh Lan', 'Hộ kinh doanh A'],
  ],
  ['pattern-digits', { type: 'string', pattern: '^\\d{4}$' }, ['4711', '٤٧١١', '47111']],
  ['pattern-pathological', { type: 'string', pattern: '^(a|a)+$' }, ['aaaa', `${'a'.repeat(40)}b`]],
  ['pattern-space', { type: 'string', pattern: '^\\s$' }, [' ', '\u00a0', '\t']],
  [
    'vn-personal-id',
    { type: 'string', format: 'vn-personal-id' },
    [
      '079203000123',
      '000203000123',
      '003203000123',
      '097203000123',
      '001885000001',
      '079226000123',
      '079227000123',
      '07920300012',
      '079203000123 ',
    ],
  ],
  ['vn-legacy-id', { type: 'string', format: 'vn-legacy-id' }, ['123456789', '12345678', '1234567890']],
  [
    'vn-tax-code',
    { type: 'string', format: 'vn-tax-code' },
    [
      '0100109106',
      '0100109107',
      '0100109106-001',
      '0100109106-000',
      '000000000000',
      '001203000123',
      '001227000123',
    ],
  ],
  [
    'vn-mobile',
    { type: 'string', format: 'vn-mobile' },
    [
      '0912345678',
      '+84912345678',
      '0301234567',
      '0311234567',
      '0501234567',
      '0551234567',
      '0871234567',
      '0801234567',
      '091234567',
    ],
  ],
  [
    'x-notFuture',
    { type: 'string', format: 'date', 'x-notFuture': true },
    ['2026-12-01', '2026-12-02', '2026-12-03', '2027-01-01'],
  ],
  ['minimum', { type: 'number', minimum: 0 }, [0, -0, -1e-9, 1e-300]],
  ['exclusiveMaximum', { type: 'number', exclusiveMaximum: 1 }, [1, 0.9999999999999999, 1.0000000000000002]],
  ['multipleOf', { type: 'number', multipleOf: 0.1 }, [0.3, 0.7, 1.15, 19.99]],
  ['multipleOf-money', { type: 'integer', multipleOf: 1000 }, [15000, 15500, 0]],
  ['integer', { type: 'integer', minimum: 1, maximum: 24 }, [1, 24, 1.0, 1.5, 25, 0, 2 ** 53]],
  ['length', { type: 'string', minLength: 2, maxLength: 6 }, ['Nguyễn', 'Nguye\u0302\u0303n', 'A', '😀😀']],
];

/** Sorted `instancePath keyword` of every error, the form's field named `v`. */
const where = (errors: readonly { instancePath: string; keyword: string }[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();

const formOf = (field: Record<string, unknown>): RJSFSchema =>
  ({ type: 'object', properties: { v: field }, required: ['v'] }) as RJSFSchema;

function serverVerdict(field: Record<string, unknown>, value: unknown) {
  const { validateAnswers } = compileForm(formOf(field));
  const valid = atFilingDate(date, () => validateAnswers.call({ date }, { v: value }));
  return { valid, errors: where(validateAnswers.errors) };
}

function browserVerdict(field: Record<string, unknown>, value: unknown) {
  const { errors, validationError } = browser.rawValidation(formOf(field), { v: value });
  if (validationError) throw validationError;
  return { valid: (errors ?? []).length === 0, errors: where(errors as never) };
}

describe('browser and server validators agree', () => {
  it.each(corpus)('%s', (_name, field, values) => {
    for (const value of values) {
      expect(browserVerdict(field, value), `${JSON.stringify(value)}`).toEqual(serverVerdict(field, value));
    }
  });

  it('refuses a date-time without an offset in both, which validator-ajv8 on its own accepts', () => {
    const field = { type: 'string', format: 'date-time' };
    expect(serverVerdict(field, '2025-01-01T10:00:00').valid).toBe(false);
    expect(browserVerdict(field, '2025-01-01T10:00:00')).toEqual({ valid: false, errors: ['/v format'] });
    // The stock validator is what the browser used before: the corpus above would catch it.
    expect(validatorAjv8.isValid(formOf(field), { v: '2025-01-01T10:00:00' }, formOf(field))).toBe(true);
  });

  it('runs patterns in RE2 in the browser too (its \\s is ASCII: no-break space is not a space)', () => {
    const field = { type: 'string', pattern: '^\\s$' };
    expect(/^\s$/u.test('\u00a0')).toBe(true);
    expect(browserVerdict(field, '\u00a0')).toEqual({ valid: false, errors: ['/v pattern'] });
    expect(browserVerdict(field, ' ').valid).toBe(true);
  });
});
