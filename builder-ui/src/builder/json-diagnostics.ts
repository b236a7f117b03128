/**
 * What is wrong with the text of the expert JSON view, placed at its characters: syntax errors in
 * Vietnamese (not the parser's English), then the format's findings (catalogs/schema, the same check
 * the server runs) at the value their pointer names. Pure, so it is tested without an editor.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { validateFormat } from '../../../functions/core/catalog-checks/index';
import type { Localized } from '../i18n/lang';
import { pointerTokens } from './problem-location';

export interface JsonDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: Localized;
}

const SYNTAX: Record<string, Localized> = {
  InvalidSymbol: { vi: 'Ký tự không hợp lệ ở đây', en: 'Invalid symbol' },
  InvalidNumberFormat: { vi: 'Số viết sai', en: 'Invalid number' },
  PropertyNameExpected: { vi: 'Thiếu tên thuộc tính (trong dấu ngoặc kép)', en: 'Property name expected' },
  ValueExpected: { vi: 'Thiếu giá trị', en: 'Value expected' },
  ColonExpected: { vi: 'Thiếu dấu hai chấm ":"', en: 'Colon expected' },
  CommaExpected: { vi: 'Thiếu dấu phẩy ","', en: 'Comma expected' },
  CloseBraceExpected: { vi: 'Thiếu dấu đóng ngoặc nhọn "}"', en: 'Closing brace expected' },
  CloseBracketExpected: { vi: 'Thiếu dấu đóng ngoặc vuông "]"', en: 'Closing bracket expected' },
  EndOfFileExpected: { vi: 'Có nội dung thừa sau khi đã kết thúc', en: 'End of text expected' },
  InvalidCommentToken: { vi: 'JSON không cho phép chú thích', en: 'Comments are not allowed in JSON' },
  UnexpectedEndOfComment: { vi: 'Chú thích chưa đóng', en: 'Unterminated comment' },
  UnexpectedEndOfString: { vi: 'Chuỗi chưa đóng dấu ngoặc kép', en: 'Unterminated string' },
  UnexpectedEndOfNumber: { vi: 'Số chưa viết xong', en: 'Unterminated number' },
  InvalidUnicode: { vi: 'Mã Unicode không hợp lệ', en: 'Invalid Unicode escape' },
  InvalidEscapeCharacter: { vi: 'Ký tự thoát (\\) không hợp lệ', en: 'Invalid escape character' },
  InvalidCharacter: { vi: 'Ký tự không được phép trong chuỗi', en: 'Invalid character in a string' },
};

/** Syntax only: the parsed value (undefined when the text does not parse) and Vietnamese syntax errors. */
export function jsonSyntax(text: string): { value: unknown; diagnostics: JsonDiagnostic[]; root?: Node } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length === 0 && root) return { value: JSON.parse(text) as unknown, diagnostics: [], root };
  const diagnostics = errors.map((e): JsonDiagnostic => {
    const what = SYNTAX[printParseErrorCode(e.error)] ?? { vi: 'Lỗi cú pháp JSON', en: 'JSON syntax error' };
    return {
      from: e.offset,
      to: e.offset + Math.max(1, e.length),
      severity: 'error',
      message: { vi: `${what.vi} (chưa áp dụng).`, en: `${what.en} (not applied).` },
    };
  });
  if (diagnostics.length === 0)
    diagnostics.push({ from: 0, to: 0, severity: 'error', message: SYNTAX.ValueExpected! });
  return { value: undefined, diagnostics };
}

/** The value when the text parses (else undefined) and every finding with its character range. */
export function jsonDiagnostics(text: string): { value: unknown; diagnostics: JsonDiagnostic[] } {
  const syntax = jsonSyntax(text);
  const root = syntax.root;
  if (!root) return syntax;
  const value = syntax.value;
  const diagnostics = validateFormat('procedure', value).map((p): JsonDiagnostic => {
    const node = findNodeAtLocation(
      root,
      pointerTokens(p.pointer).map((t) => (/^\d+$/.test(t) ? Number(t) : t)),
    );
    // The property (key and value) reads better than the value alone when the value is a big object.
    const target = node?.parent?.type === 'property' ? node.parent : node;
    const from = target?.offset ?? 0;
    return { from, to: from + Math.min(target?.length ?? 1, 200), severity: p.severity, message: p.message };
  });
  return { value, diagnostics };
}
