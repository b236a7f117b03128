/** Checker findings are placed on the editor's tabs and described in words, from their pointers. */
import { describe, expect, it } from 'vitest';
import { countByTab, locateProblem, pointerTokens } from '../../builder-ui/src/builder/problem-location';

describe('locateProblem', () => {
  it('puts each top-level part of the format on the tab that edits it', () => {
    expect(locateProblem('/code').tab).toBe('identity');
    expect(locateProblem('/form/schema/properties/hoTen').tab).toBe('form');
    expect(locateProblem('/documentCases/1/documents/0/reuse/0/mode').tab).toBe('documents');
    expect(locateProblem('/fees/0/amount/amount').tab).toBe('fees');
    expect(locateProblem('/channels/1/processingTime/value').tab).toBe('fees');
    expect(locateProblem('/steps/2/title/vi').tab).toBe('other');
    expect(locateProblem('/tests/2/expect/feeTotal').tab).toBe('tests');
  });

  it('describes the place in words, counting from one, in Vietnamese and English', () => {
    expect(locateProblem('/fees/0/amount/amount').where).toEqual({
      vi: 'Phí, lệ phí 1 › số tiền › số tiền',
      en: 'Fee line 1 › amount › amount',
    });
    // A new fee line's empty name: every key in words, none of the format's English keys.
    expect(locateProblem('/fees/0/name/vi').where.vi).toBe('Phí, lệ phí 1 › tên › tiếng Việt');
    expect(locateProblem('/documentCases/0/documents/1/reuse/0/mode').where.vi).toBe(
      'Trường hợp hồ sơ 1 › giấy tờ 2 › tái sử dụng 1 › cách dùng',
    );
    expect(locateProblem('/tests/2/expect/feeTotal').where.vi).toBe(
      'Ca kiểm thử 3 › kết quả mong đợi › tổng phí',
    );
  });

  it('sends the root and unknown keys to the JSON view', () => {
    expect(locateProblem('').tab).toBe('json');
    expect(locateProblem('/nonsense/1').tab).toBe('json');
  });

  it('unescapes pointer tokens', () => {
    expect(pointerTokens('/form/uiSchema/a~1b/c~0d')).toEqual(['form', 'uiSchema', 'a/b', 'c~d']);
  });

  it('counts findings per tab for the badges', () => {
    expect(countByTab(['/code', '/name/vi', '/fees/0', '/tests'])).toEqual({
      identity: 2,
      fees: 1,
      tests: 1,
    });
  });
});
