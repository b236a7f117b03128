/**
 * The designer's palette: basic field types, Vietnamese presets (the way the catalog writes
 * these fields: formats vn-personal-id / vn-mobile / vn-tax-code, dates not in the future, the
 * 54 ethnic groups, provinces → wards), and structures (section, repeating group).
 */
import type { Message } from '../types';
import type { DesignContainer, DesignField, FieldKind } from './design-types';
import { typeFor } from './field-kind';
import { vnProvinces, vnWards } from './vn-admin-units';
import { vnEthnicGroups } from './vn-ethnic-groups';

export interface PaletteItem {
  id: string;
  group: 'basic' | 'vn' | 'structure';
  label: Message;
  /** The suggested property name (made unique when added). */
  key: string;
  make(): DesignField;
}

const container = (fields: DesignField[], extra?: Partial<DesignContainer>): DesignContainer => ({
  fields,
  blocks: [],
  explicitOrder: false,
  ...extra,
});

function field(
  key: string,
  kind: FieldKind,
  title: string,
  titleEn: string,
  extra: Partial<DesignField> = {},
): DesignField {
  return {
    key,
    kind,
    title,
    titleEn,
    required: false,
    where: '',
    type: typeFor(kind, kind === 'choice' ? 'string' : undefined),
    ...extra,
  };
}

/** The dependent ward lists: when the province is one the module covers, the ward is picked from its list. */
function wardBlocks(): { verbatim: unknown }[] {
  return Object.entries(vnWards).map(([province, wards]) => ({
    verbatim: Object.fromEntries([
      ['if', { properties: { tinhThanh: { const: province } }, required: ['tinhThanh'] }],
      ['then', { properties: { xaPhuong: { enum: [...wards] } } }],
    ]),
  }));
}

export const palette: readonly PaletteItem[] = [
  {
    id: 'text',
    group: 'basic',
    label: { vi: 'Văn bản ngắn', en: 'Short text' },
    key: 'vanBan',
    make: () => field('vanBan', 'text', 'Văn bản', 'Text', { maxLength: 200 }),
  },
  {
    id: 'longText',
    group: 'basic',
    label: { vi: 'Văn bản dài', en: 'Long text' },
    key: 'noiDung',
    make: () => field('noiDung', 'longText', 'Nội dung', 'Details', { widget: 'textarea', maxLength: 2000 }),
  },
  {
    id: 'number',
    group: 'basic',
    label: { vi: 'Số', en: 'Number' },
    key: 'so',
    make: () => field('so', 'number', 'Số', 'Number', { minimum: 0 }),
  },
  {
    id: 'date',
    group: 'basic',
    label: { vi: 'Ngày', en: 'Date' },
    key: 'ngay',
    make: () => field('ngay', 'date', 'Ngày', 'Date', { format: 'date' }),
  },
  {
    id: 'choice',
    group: 'basic',
    label: { vi: 'Chọn một', en: 'Single choice' },
    key: 'luaChon',
    make: () =>
      field('luaChon', 'choice', 'Lựa chọn', 'Choice', {
        type: 'string',
        choices: [{ value: 'Lựa chọn 1' }, { value: 'Lựa chọn 2' }],
      }),
  },
  {
    id: 'multiChoice',
    group: 'basic',
    label: { vi: 'Chọn nhiều', en: 'Multiple choice' },
    key: 'cacLuaChon',
    make: () =>
      field('cacLuaChon', 'multiChoice', 'Các lựa chọn', 'Choices', {
        choices: [{ value: 'Lựa chọn 1' }, { value: 'Lựa chọn 2' }],
        uniqueItems: true,
        widget: 'checkboxes',
      }),
  },
  {
    id: 'yesNo',
    group: 'basic',
    label: { vi: 'Có/Không', en: 'Yes/No' },
    key: 'coKhong',
    make: () => field('coKhong', 'yesNo', 'Có hay không?', 'Yes or no?', { widget: 'radio' }),
  },
  {
    id: 'email',
    group: 'basic',
    label: { vi: 'Thư điện tử', en: 'Email' },
    key: 'email',
    make: () => field('email', 'email', 'Thư điện tử', 'Email', { format: 'email' }),
  },
  {
    id: 'hoTen',
    group: 'vn',
    label: { vi: 'Họ và tên', en: 'Full name' },
    key: 'hoTen',
    make: () => field('hoTen', 'text', 'Họ, chữ đệm và tên', 'Full name', { minLength: 2, maxLength: 100 }),
  },
  {
    id: 'soDinhDanh',
    group: 'vn',
    label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
    key: 'soDinhDanh',
    make: () =>
      field('soDinhDanh', 'text', 'Số định danh cá nhân', 'Personal ID number', { format: 'vn-personal-id' }),
  },
  {
    id: 'ngaySinh',
    group: 'vn',
    label: { vi: 'Ngày sinh', en: 'Date of birth' },
    key: 'ngaySinh',
    make: () => field('ngaySinh', 'date', 'Ngày sinh', 'Date of birth', { format: 'date', notFuture: true }),
  },
  {
    id: 'soDienThoai',
    group: 'vn',
    label: { vi: 'Số điện thoại', en: 'Mobile number' },
    key: 'soDienThoai',
    make: () =>
      field('soDienThoai', 'text', 'Số điện thoại di động', 'Mobile number', { format: 'vn-mobile' }),
  },
  {
    id: 'maSoThue',
    group: 'vn',
    label: { vi: 'Mã số thuế', en: 'Tax code' },
    key: 'maSoThue',
    make: () => field('maSoThue', 'text', 'Mã số thuế', 'Tax code', { format: 'vn-tax-code' }),
  },
  {
    id: 'gioiTinh',
    group: 'vn',
    label: { vi: 'Giới tính', en: 'Sex' },
    key: 'gioiTinh',
    make: () =>
      field('gioiTinh', 'choice', 'Giới tính', 'Sex', {
        type: 'string',
        widget: 'radio',
        choices: [
          { value: 'Nam', en: 'Male' },
          { value: 'Nữ', en: 'Female' },
        ],
      }),
  },
  {
    id: 'danToc',
    group: 'vn',
    label: { vi: 'Dân tộc', en: 'Ethnic group' },
    key: 'danToc',
    make: () =>
      field('danToc', 'choice', 'Dân tộc', 'Ethnic group', {
        type: 'string',
        choices: vnEthnicGroups.map((value) => ({ value })),
      }),
  },
  {
    id: 'quocTich',
    group: 'vn',
    label: { vi: 'Quốc tịch', en: 'Nationality' },
    key: 'quocTich',
    make: () =>
      field('quocTich', 'text', 'Quốc tịch', 'Nationality', {
        default: 'Việt Nam',
        minLength: 2,
        maxLength: 60,
      }),
  },
  {
    id: 'diaChi',
    group: 'vn',
    label: { vi: 'Địa chỉ (tỉnh/thành → xã/phường)', en: 'Address (province → ward)' },
    key: 'diaChi',
    make: () =>
      field('diaChi', 'section', 'Địa chỉ', 'Address', {
        container: container(
          [
            field('tinhThanh', 'choice', 'Tỉnh, thành phố', 'Province or city', {
              type: 'string',
              required: true,
              choices: vnProvinces.map((value) => ({ value })),
            }),
            field('xaPhuong', 'text', 'Xã, phường, đặc khu', 'Commune or ward', {
              required: true,
              maxLength: 100,
            }),
            field('diaChiChiTiet', 'text', 'Số nhà, đường, thôn, tổ', 'House number, street', {
              maxLength: 200,
            }),
          ],
          { allOf: wardBlocks() },
        ),
      }),
  },
  {
    id: 'section',
    group: 'structure',
    label: { vi: 'Nhóm trường (mục)', en: 'Section' },
    key: 'muc',
    make: () =>
      field('muc', 'section', 'Mục mới', 'New section', {
        container: container([
          field('hoTen', 'text', 'Họ, chữ đệm và tên', 'Full name', { minLength: 2, maxLength: 100 }),
        ]),
      }),
  },
  {
    id: 'group',
    group: 'structure',
    label: { vi: 'Nhóm lặp lại (vd. thành viên hộ)', en: 'Repeating group (e.g. household members)' },
    key: 'thanhVien',
    make: () =>
      field('thanhVien', 'group', 'Thành viên hộ gia đình', 'Household members', {
        minItems: 1,
        maxItems: 20,
        container: container([
          field('hoTen', 'text', 'Họ, chữ đệm và tên', 'Full name', {
            required: true,
            minLength: 2,
            maxLength: 100,
          }),
          field('soDinhDanh', 'text', 'Số định danh cá nhân', 'Personal ID number', {
            format: 'vn-personal-id',
          }),
        ]),
      }),
  },
];

/** Formats an officer may pick for a text field (catalogs/README.md, "Formats"). */
export const textFormats: readonly { id: string; label: Message }[] = [
  { id: '', label: { vi: 'Không', en: 'None' } },
  { id: 'vn-personal-id', label: { vi: 'Số định danh cá nhân (12 số)', en: 'Personal ID (12 digits)' } },
  { id: 'vn-legacy-id', label: { vi: 'CMND cũ (9 số)', en: 'Legacy ID (9 digits)' } },
  { id: 'vn-mobile', label: { vi: 'Số điện thoại di động', en: 'Mobile number' } },
  { id: 'vn-tax-code', label: { vi: 'Mã số thuế', en: 'Tax code' } },
  { id: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
  { id: 'uri', label: { vi: 'Địa chỉ web', en: 'Web address' } },
  { id: 'time', label: { vi: 'Giờ (kèm múi giờ)', en: 'Time (with offset)' } },
  { id: 'date-time', label: { vi: 'Ngày giờ (kèm múi giờ)', en: 'Date and time (with offset)' } },
];

export const kindLabels: Record<FieldKind, Message> = {
  text: { vi: 'Văn bản ngắn', en: 'Short text' },
  longText: { vi: 'Văn bản dài', en: 'Long text' },
  number: { vi: 'Số', en: 'Number' },
  date: { vi: 'Ngày', en: 'Date' },
  choice: { vi: 'Chọn một', en: 'Single choice' },
  multiChoice: { vi: 'Chọn nhiều', en: 'Multiple choice' },
  yesNo: { vi: 'Có/Không', en: 'Yes/No' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  section: { vi: 'Mục', en: 'Section' },
  group: { vi: 'Nhóm lặp lại', en: 'Repeating group' },
  advanced: { vi: 'Nâng cao (JSON)', en: 'Advanced (JSON)' },
};
