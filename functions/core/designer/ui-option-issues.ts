/**
 * Checks of the display options that map to `ui:` keys (label and help overrides, the phone
 * keyboard, automatic capitals, choices that cannot be picked): a value the portal would not
 * honour, or one that leaves the applicant unable to answer, is refused at once beside its control.
 */
import type { Message } from '../types';
import type { DesignField } from './design-types';

/** Input types that change a phone's keyboard without changing what a text answer may hold. */
export const INPUT_TYPES = ['text', 'tel', 'email', 'url', 'search'] as const;
/** The HTML `autocapitalize` values. */
export const AUTOCAPITALIZE = ['none', 'off', 'sentences', 'on', 'words', 'characters'] as const;

export function uiOptionIssues(f: DesignField): { control: string; message: Message }[] {
  const out: { control: string; message: Message }[] = [];
  const add = (control: string, vi: string, en: string) => out.push({ control, message: { vi, en } });
  if (f.titleOverride !== undefined && f.titleOverride.trim() === '')
    add(
      'titleOverride',
      'Nhãn hiển thị trên Cổng đang trống: nhập nhãn hoặc bỏ đánh dấu «Nhãn hiển thị khác trên Cổng».',
      'The label shown on the portal is empty: type one or untick "A different label on the portal".',
    );
  if (f.descriptionOverride !== undefined && f.descriptionOverride.trim() === '')
    add(
      'descriptionOverride',
      'Hướng dẫn hiển thị trên Cổng đang trống: nhập nội dung hoặc bỏ đánh dấu.',
      'The help shown on the portal is empty: type it or untick the option.',
    );
  if (f.inputType !== undefined) {
    if (f.kind !== 'text')
      add(
        'inputType',
        '«Bàn phím trên điện thoại» chỉ dùng cho văn bản ngắn.',
        '"Phone keyboard" only applies to short text.',
      );
    else if (!(INPUT_TYPES as readonly string[]).includes(f.inputType))
      add(
        'inputType',
        `Loại ô nhập «${f.inputType}» không dùng được; chọn một trong: ${INPUT_TYPES.join(', ')}.`,
        `Input type "${f.inputType}" cannot be used; pick one of: ${INPUT_TYPES.join(', ')}.`,
      );
  }
  if (f.autocapitalize !== undefined) {
    if (f.kind !== 'text' && f.kind !== 'longText')
      add(
        'autocapitalize',
        '«Tự viết hoa» chỉ dùng cho văn bản.',
        '"Automatic capitals" only applies to text.',
      );
    else if (!(AUTOCAPITALIZE as readonly string[]).includes(f.autocapitalize))
      add(
        'autocapitalize',
        `Giá trị tự viết hoa «${f.autocapitalize}» không hợp lệ; chọn một trong: ${AUTOCAPITALIZE.join(', ')}.`,
        `Automatic capitals "${f.autocapitalize}" is not valid; pick one of: ${AUTOCAPITALIZE.join(', ')}.`,
      );
  }
  const choices = f.choices ?? [];
  if ((f.kind === 'choice' || f.kind === 'multiChoice') && choices.length > 0) {
    if (choices.every((c) => c.disabled))
      add(
        'choices',
        'Mọi lựa chọn đều «Không cho chọn»: người nộp không chọn được gì.',
        'Every choice "cannot be picked": the applicant could not answer.',
      );
    const off = choices.find((c) => c.disabled && c.value === f.default);
    if (off)
      add(
        'default',
        `Giá trị mặc định «${String(off.value)}» là lựa chọn không cho chọn.`,
        `The default value "${String(off.value)}" is a choice that cannot be picked.`,
      );
  }
  return out;
}
