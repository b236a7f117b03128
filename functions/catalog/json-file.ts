/**
 * Reads one catalog file: refuses huge files before reading them, reports malformed JSON once with
 * its line and column, and keeps the syntax tree so later problems can be placed by JSON pointer.
 */
import { readFile, stat } from 'node:fs/promises';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Message } from '../core/types';
import type { LocatedProblem } from './located-problem';

/** Catalog files are hand-written definitions; anything larger is a mistake, not a procedure. */
export const maxCatalogFileBytes = 1024 * 1024;

export interface JsonFile {
  path: string;
  text: string;
  tree: Node;
  json: unknown;
  /** Turns a JSON pointer into 1-based line and column (of the nearest existing ancestor if needed). */
  locate(pointer: string): { line: number; column: number };
}

export type JsonFileResult =
  | { ok: true; file: JsonFile; problems: LocatedProblem[] }
  | { ok: false; problems: LocatedProblem[] };

const fail = (
  path: string,
  code: string,
  message: Message,
  at?: { line: number; column: number },
): JsonFileResult => ({
  ok: false,
  problems: [{ file: path, severity: 'error', code, pointer: '', message, ...at }],
});

export async function readJsonFile(path: string): Promise<JsonFileResult> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return fail(path, 'file.unreadable', {
      vi: 'Không đọc được tệp (không tồn tại?)',
      en: 'Cannot read the file (does it exist?)',
    });
  }
  if (size > maxCatalogFileBytes) {
    return fail(path, 'file.too-large', {
      vi: `Tệp nặng ${size} byte, vượt giới hạn ${maxCatalogFileBytes} byte của một tệp danh mục`,
      en: `The file is ${size} bytes, over the ${maxCatalogFileBytes}-byte limit for a catalog file`,
    });
  }
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  return parseJsonText(path, text);
}

/** Parses text already read (the admin API passes request bodies here too). */
export function parseJsonText(path: string, text: string): JsonFileResult {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first || !tree) {
    const what = first ? printParseErrorCode(first.error) : 'ValueExpected';
    return fail(path, 'json.syntax', syntaxMessage(what), position(first?.offset ?? 0));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(path, 'json.syntax', syntaxMessage(e instanceof Error ? e.message : String(e)), position(0));
  }
  const locate = (pointer: string) => position(offsetOf(tree, pointer));
  const problems = duplicateKeys(tree).map(
    (key): LocatedProblem => ({
      file: path,
      severity: 'error',
      code: 'json.duplicate-key',
      pointer: key.pointer,
      message: {
        vi: `Khóa ${JSON.stringify(key.name)} xuất hiện hai lần trong cùng đối tượng; chỉ giá trị sau được dùng`,
        en: `Key ${JSON.stringify(key.name)} appears twice in the same object; only the last value is used`,
      },
      ...position(key.offset),
    }),
  );
  return { ok: true, file: { path, text, tree, json, locate }, problems };
}

const syntaxTexts: Record<string, Message> = {
  InvalidSymbol: { vi: 'ký tự không hợp lệ', en: 'invalid symbol' },
  InvalidNumberFormat: { vi: 'số viết sai', en: 'invalid number' },
  PropertyNameExpected: {
    vi: 'thiếu tên thuộc tính (dấu phẩy thừa?)',
    en: 'property name expected (trailing comma?)',
  },
  ValueExpected: {
    vi: 'thiếu giá trị (dấu phẩy thừa hoặc tệp rỗng?)',
    en: 'value expected (trailing comma or empty file?)',
  },
  ColonExpected: { vi: 'thiếu dấu hai chấm', en: 'colon expected' },
  CommaExpected: { vi: 'thiếu dấu phẩy', en: 'comma expected' },
  CloseBraceExpected: { vi: 'thiếu dấu }', en: 'closing brace expected' },
  CloseBracketExpected: { vi: 'thiếu dấu ]', en: 'closing bracket expected' },
  EndOfFileExpected: {
    vi: 'còn nội dung sau khi JSON đã kết thúc',
    en: 'content after the end of the JSON value',
  },
  InvalidCommentToken: { vi: 'JSON không cho phép chú thích', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: { vi: 'JSON không cho phép chú thích', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfString: { vi: 'chuỗi chưa được đóng', en: 'unterminated string' },
  UnexpectedEndOfNumber: { vi: 'số chưa kết thúc', en: 'unterminated number' },
  InvalidUnicode: { vi: 'mã unicode sai', en: 'invalid unicode escape' },
  InvalidEscapeCharacter: { vi: 'ký tự thoát sai', en: 'invalid escape character' },
  InvalidCharacter: { vi: 'ký tự không hợp lệ trong chuỗi', en: 'invalid character in string' },
};

function syntaxMessage(what: string): Message {
  const t = syntaxTexts[what] ?? { vi: what, en: what };
  return { vi: `JSON sai cú pháp: ${t.vi}`, en: `Malformed JSON: ${t.en}` };
}

function tokensOf(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Offset of the node at `pointer`, or of its deepest existing ancestor; a property is placed at its key. */
function offsetOf(tree: Node, pointer: string): number {
  let node = tree;
  for (const token of tokensOf(pointer)) {
    const path = node.type === 'array' ? [Number(token)] : [String(token)];
    const next = Number.isNaN(path[0]) ? undefined : findNodeAtLocation(node, path);
    if (!next) break;
    node = next;
  }
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

function duplicateKeys(tree: Node, at = ''): { name: string; pointer: string; offset: number }[] {
  const found: { name: string; pointer: string; offset: number }[] = [];
  if (tree.type === 'object') {
    const seen = new Set<string>();
    for (const prop of tree.children ?? []) {
      const [key, value] = prop.children ?? [];
      const name = String(key?.value);
      const here = `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (seen.has(name)) found.push({ name, pointer: here, offset: prop.offset });
      seen.add(name);
      if (value) found.push(...duplicateKeys(value, here));
    }
  } else if (tree.type === 'array') {
    (tree.children ?? []).forEach((child, i) => {
      found.push(...duplicateKeys(child, `${at}/${i}`));
    });
  }
  return found;
}
