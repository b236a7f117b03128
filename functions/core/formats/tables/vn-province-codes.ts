/**
 * The first three digits of a personal ID number (số định danh cá nhân): the code of the province
 * or centrally-run city where the citizen's birth was registered.
 *
 * Source: Thông tư 07/2016/TT-BCA, Phụ lục "Danh mục mã tỉnh, thành phố trực thuộc Trung ương",
 * as amended by Thông tư 59/2021/TT-BCA (Điều 7 và Phụ lục), applying Nghị định 137/2015/NĐ-CP
 * Điều 13 (now Luật Căn cước 2023, Điều 12, and Nghị định 70/2024/NĐ-CP). The codes are those of
 * the 63 provinces before the 2025 merger (Nghị quyết 202/2025/QH15); numbers already issued keep
 * them, so they all stay valid after the merger and no new code is added by it.
 *
 * Citizens born abroad: the table has no "abroad" code. Their number is set up from the
 * population database with the code of a province above (where their birth is registered or
 * recorded in Vietnam), so the check accepts exactly these 63 codes — a number starting with any
 * other code (000, 003, 097…999) was never issued. If the Ministry publishes a further code, add it
 * here with its source.
 */
export const vnProvinceCodes: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

/**
 * The century and sex encoded by the fourth digit (same source, Điều 7 Thông tư 07/2016/TT-BCA):
 * even = male, odd = female; 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 2300s.
 */
export const vnCenturyOfDigit: readonly number[] = [
  1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 2300, 2300,
];
