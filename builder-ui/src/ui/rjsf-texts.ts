/**
 * react-jsonschema-form's own words (Yes/No of a yes-no question, Add/Remove of a list…) in the
 * page's language: a Vietnamese page shows no English. Keys are rjsf's English strings.
 */
import { englishStringTranslator, replaceStringParameters, TranslatableString as T } from '@rjsf/utils';
import type { Lang } from '../i18n/lang';

const vietnamese: Partial<Record<T, string>> = {
  [T.ArrayItemTitle]: 'Mục',
  [T.MissingItems]: 'Thiếu mô tả các mục',
  [T.EmptyArray]: 'Chưa có mục nào. Bấm nút bên dưới để thêm.',
  [T.YesLabel]: 'Có',
  [T.NoLabel]: 'Không',
  [T.CloseLabel]: 'Đóng',
  [T.ErrorsLabel]: 'Lỗi',
  [T.NewStringDefault]: 'Giá trị mới',
  [T.AddButton]: 'Thêm',
  [T.AddItemButton]: 'Thêm mục',
  [T.CopyButton]: 'Sao chép',
  [T.MoveDownButton]: 'Chuyển xuống',
  [T.MoveUpButton]: 'Chuyển lên',
  [T.RemoveButton]: 'Xóa',
  [T.NowLabel]: 'Hôm nay',
  [T.ClearLabel]: 'Xóa',
  [T.AriaDateLabel]: 'Chọn ngày',
  [T.PreviewLabel]: 'Xem trước',
  [T.DecrementAriaLabel]: 'Giảm 1',
  [T.IncrementAriaLabel]: 'Tăng 1',
  [T.OptionalObjectAdd]: 'Khai thông tin (không bắt buộc)',
  [T.OptionalObjectRemove]: 'Bỏ thông tin này',
  [T.OptionalObjectEmptyMsg]: 'Không khai',
  [T.Type]: 'Loại',
  [T.Value]: 'Giá trị',
  [T.ClearButton]: 'xóa ô nhập',
  [T.UnknownFieldType]: 'Không rõ loại trường %1',
  [T.OptionPrefix]: 'Lựa chọn %1',
  [T.TitleOptionPrefix]: '%1, lựa chọn %2',
  [T.KeyLabel]: 'Khóa của %1',
  [T.DeprecatedLabel]: '%1 (không còn dùng)',
  [T.UnsupportedField]: 'Trường không được hỗ trợ.',
  [T.FilesInfo]: '**%1** (%2, %3 byte)',
};

/** rjsf's `translateString` for `lang`: Vietnamese where written, rjsf's English otherwise. */
export function rjsfTranslator(lang: Lang): (s: T, params?: string[]) => string {
  if (lang === 'en') return englishStringTranslator;
  return (s, params) => {
    const text = vietnamese[s];
    return text === undefined ? englishStringTranslator(s, params) : replaceStringParameters(text, params);
  };
}

/** The Vietnamese texts, for tests that check no English is left. */
export const vietnameseRjsfTexts = vietnamese;
