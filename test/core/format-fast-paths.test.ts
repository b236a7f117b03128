/**
 * The fast paths of the submission check (issue 11) give the same verdicts as what they replace:
 * plain patterns run natively only where ECMAScript and RE2 agree and backtracking stays bounded;
 * the `date` format answers as ajv-formats' full `date`; the identifier checks answer as the
 * regular expressions and tables they were written from.
 */
import { fullFormats } from 'ajv-formats/dist/formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileShared } from '../../functions/core/formats/create-ajv';
import { isFullDate } from '../../functions/core/formats/full-date';
import { compileLinear, linearRegExp } from '../../functions/core/formats/linear-regexp';
import { plainNativePattern } from '../../functions/core/formats/plain-pattern';
import { vnMobilePrefixes } from '../../functions/core/formats/tables/vn-mobile-prefixes';
import { vnCenturyOfDigit, vnProvinceCodes } from '../../functions/core/formats/tables/vn-province-codes';
import { isMobile, isPersonalId } from '../../functions/core/index';

/** Characters the generated patterns and inputs are made of: ASCII, Vietnamese, astral, odd ones. */
const chars = [
  'a',
  'b',
  'Z',
  '0',
  '7',
  '-',
  '.',
  '/',
  ' ',
  '\n',
  '_',
  'é',
  'Đ',
  '😀',
  '\uD800',
  '\u00a0',
  '٣',
];
const input = fc.oneof(
  fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const atom = fc.constantFrom(
  'a',
  'é',
  '😀',
  '-',
  '\\.',
  '\\/',
  '\\d',
  '\\w',
  '\\D',
  '\\W',
  '[a-z]',
  '[A-Z0-9-]',
  '[^0-9]',
  '[^a😀\n]',
  '[-.é]',
  '[\\d_]',
  '[^\\w.]',
  '[$^*(|]',
);
const repeat = fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}');
const plainish = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(atom, repeat), { maxLength: 5 }), fc.boolean())
  .map(
    ([start, parts, end]) => `${start ? '^' : ''}${parts.map(([a, r]) => a + r).join('')}${end ? '$' : ''}`,
  );

describe('plain patterns run natively with the verdicts of RE2', () => {
  it('takes the patterns officers write, and keeps everything else in RE2', () => {
    for (const plain of [
      '^[0-9]{12}$',
      '^[A-Z0-9]{6,12}$',
      '^[a-zA-Z][a-zA-Z0-9]*$',
      '^[0-9]{1,6}[a-zA-Z]?$',
      '^[^0-9@#$%&*_+=<>{}|/]+$',
      '^\\d{4}$',
      '[0-9]{3}',
      '',
    ])
      expect(plainNativePattern(plain), plain).toBeInstanceOf(RegExp);
    for (const other of [
      '^(a|a)+$', // groups and alternation
      '^\\s$', // RE2's \s is ASCII
      '^.$', // `.` differs on \r and U+2028
      '^a*a*b$', // two unbounded repeats: polynomial backtracking
      '^[a-z]+[a-z]{0,3}$', // linear, but with a factor larger than RE2's
      '[a-z]+$', // unanchored and unbounded: quadratic
      '^a{0,100}a{0,100}a{0,100}$', // too many bounded choices
      '^[[:alpha:]]+$', // a POSIX class in RE2 only
      '^[]a]$', // `]` in RE2, an empty class in ECMAScript
      '^a+?$', // lazy
      '^\\p{L}+$',
      '^a\\1$',
    ])
      expect(plainNativePattern(other), other).toBeUndefined();
  });

  it('answers as RE2 on generated plain patterns and inputs', () => {
    let native = 0;
    fc.assert(
      fc.property(plainish, fc.array(input, { minLength: 1, maxLength: 8 }), (pattern, values) => {
        const re = plainNativePattern(pattern);
        if (re === undefined) return;
        native++;
        const re2 = compileLinear(pattern);
        for (const v of values) expect(re.test(v), `${pattern} on ${JSON.stringify(v)}`).toBe(re2.test(v));
      }),
      { numRuns: 3000 },
    );
    expect(native).toBeGreaterThan(1000);
  });

  it('is what Ajv gets from linearRegExp: native when plain, RE2 otherwise, RE2 syntax always', () => {
    expect(linearRegExp('^[0-9]{12}$', 'u')).toBeInstanceOf(RegExp);
    expect(String(linearRegExp('^(a|a)+$', 'u'))).toBe('/^(a|a)+$/re2');
    // A pattern RE2 cannot read is refused even where ECMAScript could run it.
    expect(() => linearRegExp('^(?=a)a$', 'u')).toThrow();
    const validate = compileShared('form', { type: 'string', pattern: '^[^0-9@#]+$' });
    expect(validate('Nguyễn Văn A')).toBe(true);
    expect(validate('Nguyễn 2')).toBe(false);
  });
});

describe('the date format answers as ajv-formats full date', () => {
  const reference = (fullFormats.date as { validate: (s: string) => boolean }).validate;

  it('on every month 00–13 and day 00–32 of leap, century and ordinary years', () => {
    for (const year of ['0000', '1900', '2000', '2023', '2024', '2100', '9999'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const s = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isFullDate(s), s).toBe(reference(s));
        }
  });

  it('on anything else', () => {
    for (const s of [
      '2024-02-29\n',
      ' 2024-02-29',
      '2024-2-29',
      '２０２４-02-29',
      '2024/02/29',
      '2024-02-2a',
      '',
    ])
      expect(isFullDate(s), s).toBe(reference(s));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '٣', 'x'), maxLength: 11 }),
        (s) => {
          expect(isFullDate(s)).toBe(reference(s));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('identifier checks answer as the expressions and tables they implement', () => {
  const prefixes = new Set(Object.values(vnMobilePrefixes).flat());
  const mobileReference = (v: string) => {
    const m = /^(?:0|\+84)(\d{2})\d{7}$/.exec(v);
    return m !== null && prefixes.has(`0${m[1]}`);
  };
  const personalIdReference = (v: string, date?: string) =>
    /^\d{12}$/.test(v) &&
    v.slice(0, 3) in vnProvinceCodes &&
    (date === undefined ||
      vnCenturyOfDigit[Number(v[3])]! + Number(v.slice(4, 6)) <= Number(date.slice(0, 4)));

  it('vn-mobile on every prefix, both spellings and malformed numbers', () => {
    for (let n = 0; n < 100; n++) {
      const two = String(n).padStart(2, '0');
      for (const v of [
        `0${two}1234567`,
        `+84${two}1234567`,
        `0${two}123456`,
        `84${two}1234567`,
        `0${two}123456٣`,
      ])
        expect(isMobile(v), v).toBe(mobileReference(v));
    }
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '3', '8', '9', '+', '4', ' '), maxLength: 13 }),
        (v) => {
          expect(isMobile(v)).toBe(mobileReference(v));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('vn-personal-id on generated numbers and filing dates', () => {
    const digits = fc.string({
      unit: fc.constantFrom('0', '1', '2', '7', '9', 'a'),
      minLength: 11,
      maxLength: 13,
    });
    fc.assert(
      fc.property(digits, fc.option(fc.constantFrom('1999-12-31', '2026-03-02', '2100-01-01')), (v, date) => {
        const d = date ?? undefined;
        expect(isPersonalId(v, d), `${v} ${d}`).toBe(personalIdReference(v, d));
      }),
      { numRuns: 5000 },
    );
  });
});
