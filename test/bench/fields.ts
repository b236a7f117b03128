/**
 * The benchmark form as one list of fields, from which the JSON Schema (our core and bare Ajv),
 * the Form.io definition and the SurveyJS definition are all generated, so the engines check
 * the same rules. 30 fields, nested three levels deep, with patterns, enums and formats.
 */

export interface Field {
  /** Property path, e.g. ['diaChi', 'chiTiet', 'tang']. */
  path: string[];
  title: string;
  type: 'string' | 'integer' | 'boolean';
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** A catalog format, checked by the other engines with the equivalent regular expression. */
  format?: 'vn-personal-id' | 'vn-mobile' | 'vn-tax-code' | 'date' | 'email';
  minimum?: number;
  maximum?: number;
  enum?: string[];
  /** boolean fields that must be ticked */
  mustBeTrue?: boolean;
}

/** Regular expressions the other engines use for our formats (they have no check digits). */
export const formatPatterns: Record<string, string> = {
  'vn-personal-id': '^[0-9]{12}$',
  'vn-mobile': '^(0|\\+84)[35789][0-9]{8}$',
  'vn-tax-code': '^[0-9]{10}(-[0-9]{3})?$',
  date: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
};

const provinces = ['ha-noi', 'ho-chi-minh', 'da-nang', 'can-tho', 'hai-phong'];
// No \p{L}: Form.io and SurveyJS build their RegExp without the `u` flag.
const name = { type: 'string', minLength: 2, maxLength: 100, pattern: '^[^0-9@#$%&*_+=<>{}|/]+$' } as const;

export const fields: Field[] = [
  { path: ['hoTen'], title: 'Họ và tên', required: true, ...name },
  {
    path: ['soDinhDanh'],
    title: 'Số định danh cá nhân',
    type: 'string',
    required: true,
    format: 'vn-personal-id',
  },
  { path: ['ngaySinh'], title: 'Ngày sinh', type: 'string', required: true, format: 'date' },
  { path: ['gioiTinh'], title: 'Giới tính', type: 'string', required: true, enum: ['nam', 'nu'] },
  { path: ['dienThoai'], title: 'Điện thoại', type: 'string', required: true, format: 'vn-mobile' },
  { path: ['email'], title: 'Thư điện tử', type: 'string', format: 'email' },
  { path: ['maSoThue'], title: 'Mã số thuế', type: 'string', format: 'vn-tax-code' },
  { path: ['soBanSao'], title: 'Số bản sao', type: 'integer', required: true, minimum: 1, maximum: 20 },
  {
    path: ['loaiHoSo'],
    title: 'Loại hồ sơ',
    type: 'string',
    required: true,
    enum: ['moi', 'cap-lai', 'dieu-chinh'],
  },
  { path: ['ghiChu'], title: 'Ghi chú', type: 'string', maxLength: 500 },
  { path: ['diaChi', 'tinh'], title: 'Tỉnh, thành phố', type: 'string', required: true, enum: provinces },
  {
    path: ['diaChi', 'xa'],
    title: 'Xã, phường',
    type: 'string',
    required: true,
    minLength: 2,
    maxLength: 100,
  },
  { path: ['diaChi', 'soNha'], title: 'Số nhà, đường', type: 'string', required: true, maxLength: 200 },
  {
    path: ['diaChi', 'loaiCuTru'],
    title: 'Loại cư trú',
    type: 'string',
    required: true,
    enum: ['thuong-tru', 'tam-tru'],
  },
  { path: ['diaChi', 'chiTiet', 'toaNha'], title: 'Tòa nhà', type: 'string', maxLength: 100 },
  { path: ['diaChi', 'chiTiet', 'tang'], title: 'Tầng', type: 'integer', minimum: 0, maximum: 200 },
  { path: ['diaChi', 'chiTiet', 'canHo'], title: 'Căn hộ', type: 'string', pattern: '^[A-Z0-9-]{1,10}$' },
  { path: ['nguoiLienHe', 'hoTen'], title: 'Người liên hệ', required: true, ...name },
  {
    path: ['nguoiLienHe', 'quanHe'],
    title: 'Quan hệ',
    type: 'string',
    required: true,
    enum: ['cha', 'me', 'vo', 'chong', 'con', 'khac'],
  },
  {
    path: ['nguoiLienHe', 'dienThoai'],
    title: 'Điện thoại người liên hệ',
    type: 'string',
    required: true,
    format: 'vn-mobile',
  },
  {
    path: ['nguoiLienHe', 'giayTo', 'loai'],
    title: 'Loại giấy tờ',
    type: 'string',
    required: true,
    enum: ['can-cuoc', 'ho-chieu'],
  },
  {
    path: ['nguoiLienHe', 'giayTo', 'so'],
    title: 'Số giấy tờ',
    type: 'string',
    required: true,
    pattern: '^[A-Z0-9]{8,12}$',
  },
  {
    path: ['nguoiLienHe', 'giayTo', 'ngayCap'],
    title: 'Ngày cấp',
    type: 'string',
    required: true,
    format: 'date',
  },
  {
    path: ['thongTinHo', 'soThanhVien'],
    title: 'Số thành viên',
    type: 'integer',
    required: true,
    minimum: 1,
    maximum: 30,
  },
  { path: ['thongTinHo', 'hoNgheo'], title: 'Hộ nghèo', type: 'boolean' },
  {
    path: ['thongTinHo', 'thuNhap'],
    title: 'Thu nhập tháng',
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000_000,
  },
  { path: ['thongTinHo', 'chuHo', 'hoTen'], title: 'Chủ hộ', required: true, ...name },
  {
    path: ['thongTinHo', 'chuHo', 'soDinhDanh'],
    title: 'Số định danh chủ hộ',
    type: 'string',
    required: true,
    format: 'vn-personal-id',
  },
  { path: ['thongTinHo', 'chuHo', 'ngheNghiep'], title: 'Nghề nghiệp', type: 'string', maxLength: 100 },
  { path: ['camKet'], title: 'Cam kết', type: 'boolean', required: true, mustBeTrue: true },
];

/** A complete, correct submission. */
export const validAnswers = {
  hoTen: 'Nguyễn Thị Bình',
  soDinhDanh: '001303000123',
  ngaySinh: '2003-04-05',
  gioiTinh: 'nu',
  dienThoai: '0912345678',
  email: 'binh@example.vn',
  maSoThue: '0100109106',
  soBanSao: 3,
  loaiHoSo: 'moi',
  ghiChu: 'Xin cấp sớm',
  diaChi: {
    tinh: 'ha-noi',
    xa: 'Phường Hoàn Kiếm',
    soNha: '12 Hàng Bài',
    loaiCuTru: 'thuong-tru',
    chiTiet: { toaNha: 'Tòa A', tang: 5, canHo: 'A-501' },
  },
  nguoiLienHe: {
    hoTen: 'Nguyễn Văn Cường',
    quanHe: 'cha',
    dienThoai: '+84987654321',
    giayTo: { loai: 'can-cuoc', so: '001075000999', ngayCap: '2021-06-01' },
  },
  thongTinHo: {
    soThanhVien: 4,
    hoNgheo: false,
    thuNhap: 12_000_000,
    chuHo: { hoTen: 'Nguyễn Văn Cường', soDinhDanh: '001075000999', ngheNghiep: 'Kỹ sư' },
  },
  camKet: true,
};

/** The same submission with eight mistakes, one per field listed in `invalidFields`. */
export const invalidAnswers = {
  ...validAnswers,
  hoTen: undefined,
  soDinhDanh: '12345',
  gioiTinh: 'khac',
  soBanSao: 0,
  email: 'binh-at-example',
  diaChi: { ...validAnswers.diaChi, chiTiet: { ...validAnswers.diaChi.chiTiet, tang: 500 } },
  nguoiLienHe: { ...validAnswers.nguoiLienHe, giayTo: { ...validAnswers.nguoiLienHe.giayTo, so: 'ab' } },
  thongTinHo: { ...validAnswers.thongTinHo, chuHo: { ...validAnswers.thongTinHo.chuHo, soDinhDanh: '1' } },
};
delete (invalidAnswers as Record<string, unknown>).hoTen;

export const invalidFields = [
  'hoTen',
  'soDinhDanh',
  'gioiTinh',
  'soBanSao',
  'email',
  'diaChi.chiTiet.tang',
  'nguoiLienHe.giayTo.so',
  'thongTinHo.chuHo.soDinhDanh',
].sort();
