/** The expert JSON view's findings: syntax in Vietnamese at the character, format findings at the value. */
import { describe, expect, it } from 'vitest';
import { jsonDiagnostics } from '../../builder-ui/src/builder/json-diagnostics';
import { blankProcedure } from '../../functions/core/authoring/start-procedure';

const blank = blankProcedure({
  id: 'thu',
  code: '1.000001',
  name: { vi: 'Thử', en: 'Test' },
  field: 'cu-tru',
  level: 'xa',
  agency: 'ubnd-phuong-hoan-kiem',
});

describe('jsonDiagnostics', () => {
  it('gives the value and no finding for a well-formed procedure', () => {
    const result = jsonDiagnostics(JSON.stringify(blank, null, 2));
    expect(result.value).toEqual(blank);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a missing comma in Vietnamese at its place, and no value', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    const result = jsonDiagnostics(text);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]?.message.vi).toBe('Thiếu dấu phẩy "," (chưa áp dụng).');
    expect(text.slice(result.diagnostics[0]!.from).startsWith('"b"')).toBe(true);
  });

  it('places a format finding on the property its pointer names', () => {
    const text = JSON.stringify({ ...blank, code: 'abc' }, null, 2);
    const result = jsonDiagnostics(text);
    const finding = result.diagnostics.find((d) => text.slice(d.from, d.to).startsWith('"code"'));
    expect(finding?.severity).toBe('error');
    expect(finding?.message.vi).toBeTruthy();
  });
});
