import type { ErrorObject } from 'ajv/dist/2020';
import type { Message } from '../types';
import { fieldLabel } from './field-label';
import { formatHints, listValues, typeNames } from './texts';

type Params = Record<string, unknown>;

/**
 * A Vietnamese and English message for an Ajv error (ajv-i18n has no Vietnamese). Field names
 * come from the schema's titles: "Trường «Họ và tên» là bắt buộc". `hidden` marks an extra
 * property that only a condition the answers do not meet would show.
 *
 * @example localizeAjvError(error, titles).vi // "Trường «Ngày sinh» là bắt buộc."
 */
export function localizeAjvError(
  error: ErrorObject,
  titles?: ReadonlyMap<string, string>,
  hidden = false,
): Message {
  const p = error.params as Params;
  const k = error.keyword;
  if (k === 'required' || k === 'dependentRequired' || k === 'dependencies') {
    const name = fieldLabel(error, titles, String(p.missingProperty));
    if (k === 'required') return { vi: `Trường «${name}» là bắt buộc.`, en: `Field «${name}» is required.` };
    const because = fieldLabel(error, titles, String(p.property));
    return {
      vi: `Khi khai «${because}» thì phải khai cả «${name}».`,
      en: `When «${because}» is given, «${name}» is required too.`,
    };
  }
  if (k === 'additionalProperties' || k === 'unevaluatedProperties') {
    const prop = String(p.additionalProperty ?? p.unevaluatedProperty);
    const name = fieldLabel(error, titles, prop);
    return hidden
      ? {
          vi: `Trường «${name}» không áp dụng với các thông tin đã khai (trường này đang bị ẩn) nên không được gửi.`,
          en: `Field «${name}» does not apply to the answers given (it is hidden) and must not be sent.`,
        }
      : { vi: `Biểu mẫu không có trường «${name}».`, en: `The form has no field «${name}».` };
  }
  const f = fieldLabel(error, titles);
  return (
    valueMessage(k, f, p, error) ?? {
      vi: `Giá trị của «${f}» không hợp lệ.`,
      en: `The value of «${f}» is not valid.`,
    }
  );
}

function valueMessage(k: string, f: string, p: Params, error: ErrorObject): Message | undefined {
  const limit = p.limit;
  switch (k) {
    case 'type': {
      const types = String(p.type).split(',');
      const vi = types.map((t) => typeNames[t]?.vi ?? t).join(' hoặc ');
      const en = types.map((t) => typeNames[t]?.en ?? t).join(' or ');
      return { vi: `«${f}» phải là ${vi}.`, en: `«${f}» must be ${en}.` };
    }
    case 'format': {
      const hint = formatHints[String(p.format)];
      return hint
        ? { vi: `«${f}» không hợp lệ — ${hint.vi}.`, en: `«${f}» is not valid — ${hint.en}.` }
        : { vi: `«${f}» không đúng định dạng ${p.format}.`, en: `«${f}» is not a valid ${p.format}.` };
    }
    case 'pattern':
      return { vi: `«${f}» không đúng mẫu quy định.`, en: `«${f}» does not have the required form.` };
    case 'enum':
      return {
        vi: `«${f}» phải là một trong các giá trị: ${listValues(p.allowedValues)}.`,
        en: `«${f}» must be one of: ${listValues(p.allowedValues)}.`,
      };
    case 'const':
      return {
        vi: `«${f}» phải là ${listValues(p.allowedValue)}.`,
        en: `«${f}» must be ${listValues(p.allowedValue)}.`,
      };
    case 'minimum':
      return { vi: `«${f}» phải lớn hơn hoặc bằng ${limit}.`, en: `«${f}» must be at least ${limit}.` };
    case 'maximum':
      return { vi: `«${f}» phải nhỏ hơn hoặc bằng ${limit}.`, en: `«${f}» must be at most ${limit}.` };
    case 'exclusiveMinimum':
      return { vi: `«${f}» phải lớn hơn ${limit}.`, en: `«${f}» must be greater than ${limit}.` };
    case 'exclusiveMaximum':
      return { vi: `«${f}» phải nhỏ hơn ${limit}.`, en: `«${f}» must be less than ${limit}.` };
    case 'multipleOf':
      return {
        vi: `«${f}» phải là bội số của ${p.multipleOf}.`,
        en: `«${f}» must be a multiple of ${p.multipleOf}.`,
      };
    case 'minLength':
      return {
        vi: `«${f}» phải có ít nhất ${limit} ký tự.`,
        en: `«${f}» must have at least ${limit} characters.`,
      };
    case 'maxLength':
      return {
        vi: `«${f}» không được quá ${limit} ký tự.`,
        en: `«${f}» must have at most ${limit} characters.`,
      };
    case 'minItems':
      return { vi: `«${f}» phải có ít nhất ${limit} mục.`, en: `«${f}» must have at least ${limit} items.` };
    case 'maxItems':
      return { vi: `«${f}» không được quá ${limit} mục.`, en: `«${f}» must have at most ${limit} items.` };
    case 'minProperties':
      return {
        vi: `«${f}» phải có ít nhất ${limit} thông tin.`,
        en: `«${f}» must have at least ${limit} entries.`,
      };
    case 'maxProperties':
      return {
        vi: `«${f}» không được quá ${limit} thông tin.`,
        en: `«${f}» must have at most ${limit} entries.`,
      };
    case 'uniqueItems':
      return {
        vi: `«${f}» có mục ${Number(p.j) + 1} và mục ${Number(p.i) + 1} trùng nhau.`,
        en: `«${f}» has duplicate items ${Number(p.j) + 1} and ${Number(p.i) + 1}.`,
      };
    case 'x-notFuture':
      return { vi: `«${f}» không được sau ngày nộp hồ sơ.`, en: `«${f}» must not be after the filing date.` };
    case 'oneOf':
      return {
        vi: `«${f}» phải khớp đúng một trong các phương án cho phép.`,
        en: `«${f}» must match exactly one of the allowed options.`,
      };
    case 'anyOf':
      return {
        vi: `«${f}» phải khớp ít nhất một trong các phương án cho phép.`,
        en: `«${f}» must match at least one of the allowed options.`,
      };
    case 'not':
      return { vi: `«${f}» có giá trị không được phép.`, en: `«${f}» has a value that is not allowed.` };
    case 'if':
      return {
        vi: `«${f}» chưa đáp ứng yêu cầu kèm theo lựa chọn đã khai.`,
        en: `«${f}» does not meet the requirements of the options chosen.`,
      };
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return { vi: `«${f}» thiếu mục theo yêu cầu.`, en: `«${f}» lacks a required item.` };
    case 'propertyNames':
      return { vi: `«${f}» có tên thông tin không hợp lệ.`, en: `«${f}» has an invalid entry name.` };
    case 'false schema':
      return { vi: `«${f}» không được khai.`, en: `«${f}» must not be given.` };
    default:
      return error.message
        ? { vi: `Giá trị của «${f}» không hợp lệ.`, en: `«${f}»: ${error.message}.` }
        : undefined;
  }
}
