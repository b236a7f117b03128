/**
 * The citizen-form profile of the uiSchema: react-jsonschema-form accepts `ui:` keys that would
 * make a citizen's form worse (less accessible, errors hidden, an empty answer counting as one)
 * or that the portal does not use. Each is refused once at its pointer — flat (`ui:autofocus`)
 * or nested in `ui:options` (`autofocus`) — saying what to use instead. Every other `ui:` key of
 * the format has a control in the designer (functions/core/designer/format-coverage.ts).
 */
import type { Message } from '../types';
import { pointer } from './pointer';
import { type problemsFor, q } from './problem';

type Report = ReturnType<typeof problemsFor>;

const m = (vi: string, en: string): Message => ({ vi, en });
const STYLE = m(
  'Cổng dịch vụ công dùng một kiểu hiển thị chung đã kiểm tra trợ năng; không đặt lớp hay kiểu CSS riêng cho trường',
  'The portal has one accessible, tested style; fields do not carry their own CSS classes or styles',
);
const NOT_USED = m(
  'Cổng dịch vụ công không dùng tùy chọn này; đặt tùy chọn hiển thị ngay tại từng trường trong trình thiết kế',
  'The portal does not use this option; set display options on each field in the designer',
);

/** Why each key is refused and what to use instead (without the `ui:` prefix, as in `ui:options`). */
export const REFUSED_UI_KEYS: Record<string, Message> = {
  autofocus: m(
    'Tự đặt con trỏ vào một ô làm người dùng trình đọc màn hình bỏ qua phần đầu trang; Cổng tự đưa con trỏ tới lỗi đầu tiên khi cần',
    'Autofocus makes screen-reader users skip the top of the page; the portal moves focus to the first error when needed',
  ),
  disabled: m(
    'Ô bị vô hiệu hóa không nhận con trỏ nên trình đọc màn hình bỏ qua; dùng «Chỉ đọc» (ui:readonly) hoặc điền sẵn có khóa',
    'A disabled input cannot take focus, so screen readers skip it; use "Read-only" (ui:readonly) or a locked prefill',
  ),
  emptyValue: m(
    'Ô để trống phải là chưa trả lời để «Bắt buộc» có hiệu lực; nếu cần một giá trị ban đầu, dùng «Giá trị mặc định»',
    'An empty input must count as unanswered so "Required" holds; for a starting value use "Default value"',
  ),
  hideError: m(
    'Người nộp phải thấy lỗi ngay cạnh ô nhập; Cổng luôn hiện lỗi, sửa nội dung lỗi bằng các giới hạn của trường',
    'Applicants must see an error next to its input; the portal always shows errors',
  ),
  label: m(
    'Mỗi ô nhập cần một nhãn nhìn thấy được; sửa nhãn bằng «Nhãn» hoặc «Nhãn hiển thị khác trên Cổng»',
    'Every input needs a visible label; change it with "Label" or "A different label on the portal"',
  ),
  enumOrder: m(
    'Thứ tự lựa chọn là thứ tự trong danh sách lựa chọn (enum); đổi bằng nút ↑/↓ của danh sách lựa chọn',
    'Choices are shown in the order of the choice list (enum); reorder it with its ↑/↓ buttons',
  ),
  classNames: STYLE,
  style: STYLE,
  globalOptions: NOT_USED,
  definitions: m(
    'Cổng không dùng uiSchema theo $ref; đặt tùy chọn hiển thị ngay tại trường dùng tham chiếu',
    'The portal does not use uiSchema by $ref; set display options on the field that uses the reference',
  ),
  duplicateKeySuffixSeparator: m(
    'Chỉ dùng cho khóa tự do (additionalProperties), biểu mẫu công dân không có; mỗi trường có tên riêng',
    'Only for free keys (additionalProperties), which citizen forms do not have; every field is named',
  ),
  enableOptionalDataFieldForType: m(
    'Biểu mẫu công dân không dùng nút bật/tắt dữ liệu tùy chọn; dùng «Bắt buộc» và «Hiện trường này khi…»',
    'Citizen forms do not use optional-data toggles; use "Required" and "Show this field when…"',
  ),
  allowClearTextInputs: m(
    'Cổng không dùng nút xóa nhanh trong ô: mọi ô nhập giữ cùng một cách dùng',
    'The portal does not use clear buttons inside inputs: every input works the same way',
  ),
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(key: string, at: string, error: Report['error']): void {
  const why = REFUSED_UI_KEYS[key];
  if (!why) return;
  error('uiSchema.key.refused', at, {
    vi: `${q.vi(`ui:${key}`)} không thuộc biểu mẫu công dân: ${why.vi}`,
    en: `${q.en(`ui:${key}`)} is not part of citizen forms: ${why.en}`,
  });
}

/** Reports refused keys in `ui` (a uiSchema node at pointer `at`), its fields and items. */
export function checkUiKeys(ui: unknown, at: string, { error }: Report): void {
  const walk = (node: unknown, here: string) => {
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const where = `${here}${pointer(key)}`;
      if (key === 'ui:options' && isObject(value)) {
        for (const nested of Object.keys(value)) refuse(nested, `${where}${pointer(nested)}`, error);
      } else if (key.startsWith('ui:')) refuse(key.slice(3), where, error);
      else walk(value, where);
    }
  };
  walk(ui, at);
}
