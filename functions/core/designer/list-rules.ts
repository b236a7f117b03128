/**
 * The rest of a procedure as the builder edits it — steps, result, conditions, legal basis,
 * agencies, receiving address, applicants, sources — and the problems of each value by pointer.
 */
import type { LegalReference, Procedure } from '../format/generated/procedure';
import type { Message } from '../types';
import { type FieldIssues, note, textIssue } from './field-issues';

/** Who may apply, in the words of the national portal. */
export const applicantKinds: Record<Procedure['applicants'][number], Message> = {
  citizen: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizen' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreigner' },
  household: { vi: 'Hộ gia đình', en: 'Household' },
  business: { vi: 'Doanh nghiệp', en: 'Business' },
  organization: { vi: 'Tổ chức', en: 'Organisation' },
};

export const resultForms: Record<Procedure['result']['forms'][number], Message> = {
  electronic: { vi: 'Bản điện tử', en: 'Electronic' },
  paper: { vi: 'Bản giấy', en: 'Paper' },
};

export const resultDelivery: Record<Procedure['result']['delivery'][number], Message> = {
  online: { vi: 'Trực tuyến (tài khoản trên Cổng)', en: 'Online (portal account)' },
  postal: { vi: 'Qua bưu chính công ích', en: 'By public postal service' },
  counter: { vi: 'Tại bộ phận Một cửa', en: 'At the one-stop desk' },
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Problems of one legal reference at `at` (number required, date well-formed). */
export function legalReferenceIssues(ref: LegalReference | undefined, at: string, issues: FieldIssues): void {
  if (!ref) return;
  note(issues, `${at}/number`, textIssue(ref.number, { vi: 'số hiệu văn bản', en: 'the document number' }));
  if (ref.date !== undefined && !ISO_DATE.test(ref.date)) {
    note(issues, `${at}/date`, { vi: 'Ngày không hợp lệ', en: 'Invalid date' });
  }
}

const atLeastOne = (what: Message): Message => ({
  vi: `Chọn ít nhất một ${what.vi}`,
  en: `Pick at least one ${what.en}`,
});

/**
 * Every problem of the lists, by pointer.
 *
 * @example listIssues(p)['/steps/0/title/vi'] // set when a step has no title
 */
export function listIssues(p: Procedure): FieldIssues {
  const issues: FieldIssues = {};
  if (p.steps.length === 0)
    note(issues, '/steps', { vi: 'Cần ít nhất một bước', en: 'At least one step is needed' });
  p.steps.forEach((s, i) => {
    note(issues, `/steps/${i}/title/vi`, textIssue(s.title?.vi, { vi: 'nội dung bước', en: 'the step' }));
  });
  note(issues, '/result/name/vi', textIssue(p.result.name?.vi, { vi: 'tên kết quả', en: 'the result name' }));
  if (p.result.forms.length === 0) note(issues, '/result/forms', atLeastOne({ vi: 'hình thức', en: 'form' }));
  if (p.result.delivery.length === 0)
    note(issues, '/result/delivery', atLeastOne({ vi: 'cách nhận', en: 'delivery' }));
  (p.conditions ?? []).forEach((c, i) => {
    note(issues, `/conditions/${i}/vi`, textIssue(c.vi, { vi: 'nội dung điều kiện', en: 'the condition' }));
  });
  if (p.legalBasis.length === 0) {
    note(issues, '/legalBasis', {
      vi: 'Cần ít nhất một căn cứ pháp lý',
      en: 'At least one legal basis is needed',
    });
  }
  p.legalBasis.forEach((ref, i) => {
    legalReferenceIssues(ref, `/legalBasis/${i}`, issues);
  });
  if (p.competentAgency) {
    note(
      issues,
      '/competentAgency/vi',
      textIssue(p.competentAgency.vi, { vi: 'cơ quan có thẩm quyền', en: 'the competent agency' }),
    );
  }
  if (p.receivingAddress) {
    note(
      issues,
      '/receivingAddress/vi',
      textIssue(p.receivingAddress.vi, { vi: 'địa chỉ tiếp nhận', en: 'the address' }),
    );
  }
  if (p.applicants.length === 0)
    note(issues, '/applicants', atLeastOne({ vi: 'đối tượng', en: 'applicant kind' }));
  (p.sources ?? []).forEach((s, i) => {
    note(issues, `/sources/${i}`, textIssue(s, { vi: 'nguồn', en: 'the source' }));
  });
  return issues;
}
