/** Embedded test cases must name fee lines, policies, exemptions and documents that exist. */
import type { JurisdictionPolicy, Procedure } from '../types';
import { pointer } from './pointer';
import { type problemsFor, q } from './problem';

type Report = ReturnType<typeof problemsFor>;

export function checkTestReferences(
  p: Procedure,
  policies: JurisdictionPolicy[],
  { error, warning }: Report,
): void {
  const lines = new Set(p.fees.map((f) => f.id));
  const exemptions = new Set(p.fees.flatMap((f) => (f.exemptions ?? []).map((e) => e.id)));
  const documents = new Set(p.documentCases.flatMap((c) => c.documents.map((d) => d.id)));
  const policyIds = new Set(policies.map((x) => x.id));
  if (p.tests.length === 0) {
    // A warning, not an error: a new draft has none yet, but nothing then guards its fees and documents.
    warning('test.none', '/tests', {
      vi: 'Thủ tục chưa có ca kiểm thử nào: hãy lưu ít nhất một ca từ phần xem trước ("Lưu thành ca kiểm thử").',
      en: 'The procedure has no test case: save at least one from the preview ("Save as a test case").',
    });
  }
  const names = new Set<string>();
  p.tests.forEach((t, i) => {
    const at = pointer('tests', i);
    if (names.has(t.name)) {
      warning('test.name.duplicate', `${at}/name`, {
        vi: `Tên ca kiểm thử ${q.vi(t.name)} bị trùng`,
        en: `Test case name ${q.en(t.name)} appears twice`,
      });
    }
    names.add(t.name);
    const check = (
      ids: string[] | undefined,
      known: Set<string>,
      key: string,
      what: { vi: string; en: string },
    ) => {
      (ids ?? []).forEach((id, k) => {
        if (!known.has(id)) {
          error('test.reference.unknown', `${at}/expect/${key}/${k}`, {
            vi: `Ca kiểm thử nhắc tới ${what.vi} ${q.vi(id)} không tồn tại`,
            en: `The test case names ${what.en} ${q.en(id)}, which does not exist`,
          });
        }
      });
    };
    const e = t.expect;
    (e.feeLines ?? []).forEach((l, k) => {
      if (!lines.has(l.id)) {
        error('test.reference.unknown', `${at}/expect/feeLines/${k}/id`, {
          vi: `Ca kiểm thử nhắc tới dòng phí ${q.vi(l.id)} không tồn tại`,
          en: `The test case names fee line ${q.en(l.id)}, which does not exist`,
        });
      }
    });
    check(e.policies, policyIds, 'policies', { vi: 'chính sách', en: 'policy' });
    check(e.exemptions, exemptions, 'exemptions', { vi: 'miễn giảm', en: 'exemption' });
    check(e.policiesInclude, policyIds, 'policiesInclude', { vi: 'chính sách', en: 'policy' });
    check(e.exemptionsInclude, exemptions, 'exemptionsInclude', { vi: 'miễn giảm', en: 'exemption' });
    check(e.documentsRequired, documents, 'documentsRequired', { vi: 'giấy tờ', en: 'document' });
    check(e.documentsReused, documents, 'documentsReused', { vi: 'giấy tờ', en: 'document' });
    (t.uploads ?? []).forEach((u, k) => {
      if (!documents.has(u.document)) {
        // Not an error: a test may upload an unknown document on purpose (document.unexpected).
        warning('test.upload.unknown', `${at}/uploads/${k}/document`, {
          vi: `Tệp tải lên cho giấy tờ ${q.vi(u.document)} không có trong thủ tục`,
          en: `An upload names document ${q.en(u.document)}, which the procedure does not have`,
        });
      }
    });
  });
}
