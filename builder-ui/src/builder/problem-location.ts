/**
 * Where a checker finding belongs in the editor: its tab and a place described in words
 * ("Phí › dòng 1 › số tiền"), from its JSON pointer. Pure, so it is unit-tested without a browser;
 * the pointer stays available but is shown after the words, small.
 */
import type { Localized } from '../i18n/lang';
import { findingAnchor } from './findings/finding-anchor';
import type { TabKey } from './sections';

export interface ProblemLocation {
  tab: TabKey;
  /** The place in words, most general first. */
  where: Localized;
}

/** Top-level key → tab and the name of that part. */
const PARTS: Record<string, [TabKey, string, string]> = {
  name: ['identity', 'Tên thủ tục', 'Name'],
  code: ['identity', 'Mã thủ tục', 'Code'],
  localCode: ['identity', 'Mã địa phương', 'Local code'],
  id: ['identity', 'Mã định danh', 'Id'],
  decision: ['identity', 'Quyết định công bố', 'Decision'],
  field: ['identity', 'Lĩnh vực', 'Field'],
  level: ['identity', 'Cấp thực hiện', 'Level'],
  agency: ['identity', 'Cơ quan thực hiện', 'Agency'],
  competentAgency: ['identity', 'Cơ quan có thẩm quyền', 'Competent agency'],
  receivingAddress: ['identity', 'Địa chỉ tiếp nhận', 'Receiving address'],
  applicants: ['identity', 'Đối tượng thực hiện', 'Applicants'],
  keywords: ['identity', 'Từ khóa', 'Keywords'],
  description: ['identity', 'Mô tả', 'Description'],
  onlineLevel: ['identity', 'Mức độ trực tuyến', 'Online level'],
  procedureType: ['identity', 'Loại thủ tục', 'Procedure type'],
  form: ['form', 'Biểu mẫu', 'Form'],
  // Edited on the "steps & legal basis" tab (lists/derived-facts-editor.tsx).
  derived: ['other', 'Dữ kiện suy ra', 'Derived facts'],
  documentCases: ['documents', 'Trường hợp hồ sơ', 'Document case'],
  channels: ['fees', 'Cách thức thực hiện', 'Channel'],
  fees: ['fees', 'Phí, lệ phí', 'Fee line'],
  steps: ['other', 'Trình tự thực hiện', 'Step'],
  result: ['other', 'Kết quả', 'Result'],
  conditions: ['other', 'Yêu cầu, điều kiện', 'Condition'],
  legalBasis: ['other', 'Căn cứ pháp lý', 'Legal basis'],
  sources: ['other', 'Nguồn tham khảo', 'Source'],
  tests: ['tests', 'Ca kiểm thử', 'Test case'],
};

/** Names of deeper keys that an officer recognises. */
const KEYS: Record<string, [string, string]> = {
  amount: ['số tiền', 'amount'],
  exemptions: ['miễn giảm', 'exemption'],
  documents: ['giấy tờ', 'document'],
  reuse: ['tái sử dụng', 'reuse'],
  when: ['điều kiện áp dụng', 'condition'],
  processingTime: ['thời hạn giải quyết', 'processing time'],
  expect: ['kết quả mong đợi', 'expectation'],
  answers: ['câu trả lời', 'answers'],
  properties: ['trường', 'field'],
  schema: ['cấu trúc', 'schema'],
  uiSchema: ['cách hiển thị', 'layout'],
  prefill: ['điền sẵn', 'prefill'],
  title: ['tiêu đề', 'title'],
  field: ['trường', 'field'],
  maximum: ['giá trị lớn nhất', 'maximum'],
  minimum: ['giá trị nhỏ nhất', 'minimum'],
  maxLength: ['độ dài tối đa', 'maximum length'],
  minLength: ['độ dài tối thiểu', 'minimum length'],
  enum: ['danh sách lựa chọn', 'choices'],
  pattern: ['mẫu định dạng', 'pattern'],
  format: ['định dạng', 'format'],
  required: ['bắt buộc', 'required'],
  submission: ['cách nộp', 'how it is submitted'],
  inPerson: ['có mặt trực tiếp', 'in person'],
  onSiteCheck: ['kiểm tra thực địa', 'on-site check'],
  feeLines: ['các khoản thu', 'fee lines'],
  feeTotal: ['tổng phí', 'fee total'],
  documentsRequired: ['giấy tờ phải nộp', 'documents required'],
  documentsReused: ['giấy tờ tái sử dụng', 'documents reused'],
  vi: ['tiếng Việt', 'Vietnamese'],
  en: ['tiếng Anh', 'English'],
  // The format's other keys, so that no English key is shown in a Vietnamese sentence.
  id: ['mã', 'id'],
  name: ['tên', 'name'],
  description: ['mô tả', 'description'],
  note: ['ghi chú', 'note'],
  type: ['loại', 'type'],
  kind: ['loại', 'kind'],
  value: ['giá trị', 'value'],
  channel: ['cách thức', 'channel'],
  channels: ['cách thức', 'channels'],
  payment: ['cách thanh toán', 'payment'],
  cutoffHour: ['giờ nhận hồ sơ trong ngày', 'cut-off hour'],
  category: ['nhóm phí', 'category'],
  setBy: ['cơ quan quy định mức thu', 'set by'],
  unitPrice: ['đơn giá', 'unit price'],
  units: ['số đơn vị', 'units'],
  unit: ['đơn vị', 'unit'],
  freeUnits: ['số đơn vị miễn phí', 'free units'],
  tiers: ['bậc', 'tiers'],
  upTo: ['đến', 'up to'],
  from: ['từ', 'from'],
  to: ['đến', 'to'],
  cap: ['mức trần', 'cap'],
  multiplier: ['nhân theo số bản', 'multiplier'],
  percentOff: ['phần trăm giảm', 'percent off'],
  reason: ['lý do', 'reason'],
  appraisal: ['phí thẩm định', 'appraisal'],
  source: ['nguồn dữ liệu', 'source'],
  record: ['loại giấy tờ, dữ liệu', 'record'],
  mode: ['cách dùng', 'mode'],
  originals: ['số bản chính', 'originals'],
  copies: ['số bản sao', 'copies'],
  template: ['mẫu đơn, tờ khai', 'template'],
  paperOriginal: ['bản gốc giấy', 'paper original'],
  accept: ['loại tệp được nhận', 'accepted types'],
  maxBytes: ['dung lượng tối đa', 'maximum size'],
  reference: ['văn bản', 'reference'],
  attribute: ['thông tin', 'attribute'],
  locked: ['khóa', 'locked'],
  delivery: ['cách trả kết quả', 'delivery'],
  actor: ['người thực hiện', 'actor'],
  issuedAt: ['ngày ban hành', 'issued'],
  validUntil: ['hiệu lực đến', 'valid until'],
  citizen: ['công dân mẫu', 'citizen'],
  uploads: ['tệp tải lên', 'uploads'],
  date: ['ngày nộp', 'date'],
  valid: ['hợp lệ', 'valid'],
  errors: ['lỗi mong đợi', 'errors'],
  policies: ['chính sách', 'policies'],
  policiesInclude: ['chính sách áp dụng', 'policies applied'],
  exemptionsInclude: ['miễn giảm áp dụng', 'exemptions applied'],
};

/** Splits a JSON pointer (RFC 6901) into unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const head0 = (pointer: string) => pointerTokens(pointer)[0];

/**
 * @example locateProblem('/fees/0/amount/amount') // { tab: 'fees', where: { vi: 'Phí, lệ phí 1 › số tiền › số tiền', … } }
 */
export function locateProblem(pointer: string): ProblemLocation {
  // A form finding is described by its field ("Biểu mẫu › trường «hoTen» › độ dài tối đa").
  const [head, ...rest] = pointerTokens(head0(pointer) === 'form' ? findingAnchor(pointer) : pointer);
  const part = head === undefined ? undefined : PARTS[head];
  if (!part) return { tab: 'json', where: { vi: 'Toàn bộ định nghĩa', en: 'The whole definition' } };
  const vi = [part[1]];
  const en = [part[2]];
  let previous = '';
  for (const token of rest) {
    const last = previous;
    previous = token;
    if (/^\d+$/.test(token) && last !== 'field') {
      // "dòng 1": officers count from one
      const n = String(Number(token) + 1);
      vi[vi.length - 1] += ` ${n}`;
      en[en.length - 1] += ` ${n}`;
    } else if (last === 'field' && head === 'form') {
      // The key of a form field, after "trường": quoted as written.
      vi[vi.length - 1] += ` «${token}»`;
      en[en.length - 1] += ` "${token}"`;
    } else {
      const named = KEYS[token];
      vi.push(named ? named[0] : `«${token}»`);
      en.push(named ? named[1] : `"${token}"`);
    }
  }
  return { tab: part[0], where: { vi: vi.join(' › '), en: en.join(' › ') } };
}

/** How many findings fall on each tab (tabs with none are absent). */
export function countByTab(pointers: readonly string[]): Partial<Record<TabKey, number>> {
  const counts: Partial<Record<TabKey, number>> = {};
  for (const p of pointers) {
    const { tab } = locateProblem(p);
    counts[tab] = (counts[tab] ?? 0) + 1;
  }
  return counts;
}
