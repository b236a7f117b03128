import { describe, expect, it } from 'vitest';
import {
  answerBounds,
  boundsMessage,
  checkJsonBounds,
  definitionBounds,
} from '../../functions/core/bounds/json-bounds';
import { validateFormat } from '../../functions/core/catalog-checks/format';

const nest = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('checkJsonBounds', () => {
  it('measures depth and size without recursion, stopping at the first broken bound', () => {
    expect(checkJsonBounds(nest(32), definitionBounds)).toBeNull();
    expect(checkJsonBounds(nest(33), definitionBounds)).toEqual({
      kind: 'depth',
      limit: 32,
      path: `${'/a'.repeat(32)}`,
    });
    // 100,000 levels: far past any call stack, answered at once
    expect(checkJsonBounds(nest(100_000), definitionBounds)).toMatchObject({ kind: 'depth', limit: 32 });
    expect(
      checkJsonBounds(
        Array.from({ length: 5_000 }, () => 1),
        answerBounds,
      ),
    ).toEqual({ kind: 'nodes', limit: 5_000 });
    expect(checkJsonBounds({ 'a/b': [{ '~': nest(12) }] }, answerBounds)).toMatchObject({
      path: '/a~1b/0/~0/a/a/a/a/a/a/a/a/a',
    });
    expect(checkJsonBounds('text', answerBounds)).toBeNull();
  });

  it('says what broke and the limit, in Vietnamese and English', () => {
    const depth = boundsMessage(
      { kind: 'depth', limit: 12, path: '/x' },
      { vi: 'câu trả lời', en: 'the answers' },
    );
    expect(depth).toEqual({
      vi: 'Câu trả lời lồng nhau quá sâu (tối đa 12 cấp) tại /x.',
      en: 'Nested too deeply: the answers (at most 12 levels) at /x.',
    });
    expect(boundsMessage({ kind: 'nodes', limit: 5 }, { vi: 'tệp', en: 'the file' }).vi).toContain(
      'tối đa 5',
    );
  });

  it('makes the format check (CLI, builder, API) refuse a definition 4,500 levels deep instead of overflowing', () => {
    const problems = validateFormat('procedure', { form: { schema: nest(4_500) } });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', code: 'format.too-deep' })]);
  });
});
