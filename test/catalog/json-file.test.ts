/** Placing problems in a file: JSON pointers to line and column, syntax errors, duplicate keys. */
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../functions/catalog/json-file';

const text = [
  '{',
  '  "a/b": [',
  '    { "x": 1 },',
  '    { "y~z": "v" }',
  '  ],',
  '  "c": { "d": true }',
  '}',
  '',
].join('\n');

describe('parseJsonText', () => {
  it('places escaped pointers, array items and keys at their line and column', () => {
    const read = parseJsonText('f.json', text);
    if (!read.ok) throw new Error('expected the text to parse');
    expect(read.file.locate('/a~1b/1/y~0z')).toEqual({ line: 4, column: 7 });
    expect(read.file.locate('/a~1b/0')).toEqual({ line: 3, column: 5 });
    expect(read.file.locate('/c/d')).toEqual({ line: 6, column: 10 });
    // A pointer to something missing lands on the nearest part that exists.
    expect(read.file.locate('/c/e/f')).toEqual({ line: 6, column: 3 });
    expect(read.file.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('reports a syntax error once, at its line and column, in both languages', () => {
    const read = parseJsonText('f.json', '{\n  "a": 1\n  "b": 2\n}');
    expect(read.ok).toBe(false);
    expect(read.problems).toEqual([
      {
        file: 'f.json',
        severity: 'error',
        code: 'json.syntax',
        pointer: '',
        line: 3,
        column: 3,
        message: { vi: 'JSON sai cú pháp: thiếu dấu phẩy', en: 'Malformed JSON: comma expected' },
      },
    ]);
  });

  it('refuses comments and trailing commas, which JSON does not allow', () => {
    expect(parseJsonText('f.json', '{ "a": 1 // note\n}').problems[0]?.message.en).toBe(
      'Malformed JSON: comments are not allowed in JSON',
    );
    expect(parseJsonText('f.json', '{ "a": [1, 2,] }').problems[0]?.code).toBe('json.syntax');
  });

  it('flags a key written twice in the same object, where the second one is', () => {
    const read = parseJsonText('f.json', '[\n  { "id": "a",\n    "id": "b" }\n]');
    expect(read.ok).toBe(true);
    expect(read.problems.map((p) => [p.code, p.pointer, p.line])).toEqual([
      ['json.duplicate-key', '/0/id', 3],
    ]);
  });
});
