/**
 * Author-written `pattern`s and `patternProperties` run in RE2 (re2js), whose matching time is
 * linear in the input: `^(a|a)+$` against 28 characters takes microseconds instead of blocking
 * the server for seconds (issue 12, finding 5). The price is RE2's syntax: no backreferences
 * (`\1`) and no lookaround (`(?=…)`, `(?<!…)`), which `catalog check` and the admin API refuse
 * with `patternProblem`'s reason. ECMAScript spellings RE2 does not read (`(?<name>…)`,
 * `\uXXXX`) are translated first by re2js itself.
 */
import type { Options } from 'ajv';
import { RE2JS } from 're2js';
import { plainNativePattern } from './plain-pattern';

type RegExpEngine = NonNullable<NonNullable<Options['code']>['regExp']>;

/** Compiles a JSON Schema pattern for RE2; throws RE2JS's syntax error when it cannot run there. */
export function compileLinear(pattern: string): { test: (s: string) => boolean; toString: () => string } {
  const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
  return {
    // JSON Schema patterns are unanchored searches, which is what RE2JS#test does.
    test: (s: string) => re.test(s),
    // Ajv caches compiled patterns under this key: it must differ per pattern.
    toString: () => `/${pattern}/re2`,
  };
}

/**
 * Ajv's `code.regExp` option: every `pattern` a form or condition declares must compile in RE2 (so
 * a pattern gets the same verdict in every process and the browser); plain ones then run in
 * JavaScript's engine, which cannot backtrack badly on them (plain-pattern.ts), the rest in RE2.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string) => {
    const linear = compileLinear(pattern);
    return plainNativePattern(pattern) ?? linear;
  },
  {
    // Only used by Ajv's standalone code generation, which the product does not use.
    code: 'require("re2js").RE2JS',
  },
);

/**
 * Why `pattern` cannot run in the linear-time engine, in Vietnamese and English; undefined when
 * it can.
 *
 * @example patternProblem('(a)\\1') // → { vi: 'Không dùng được tham chiếu ngược …', en: … }
 */
export function patternProblem(pattern: string): { vi: string; en: string } | undefined {
  try {
    compileLinear(pattern);
    return undefined;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/\(\?<?[=!]/.test(pattern)) {
      return {
        vi: `Mẫu dùng phép nhìn trước/nhìn sau (lookaround: (?=…), (?!…), (?<=…), (?<!…)); bộ máy biểu thức chính quy thời gian tuyến tính (RE2) không hỗ trợ — hãy viết lại mẫu không dùng chúng`,
        en: `The pattern uses lookaround ((?=…), (?!…), (?<=…), (?<!…)), which the linear-time regular expression engine (RE2) does not support — rewrite it without`,
      };
    }
    if (/\\[1-9]|\\k</.test(pattern)) {
      return {
        vi: 'Mẫu dùng tham chiếu ngược (backreference: \\1, \\k<tên>); bộ máy biểu thức chính quy thời gian tuyến tính (RE2) không hỗ trợ — hãy viết lại mẫu không dùng chúng',
        en: 'The pattern uses a backreference (\\1, \\k<name>), which the linear-time regular expression engine (RE2) does not support — rewrite it without',
      };
    }
    return {
      vi: `Mẫu không hợp lệ với bộ máy biểu thức chính quy thời gian tuyến tính (RE2): ${why}`,
      en: `The pattern is not valid for the linear-time regular expression engine (RE2): ${why}`,
    };
  }
}
