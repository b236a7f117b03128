/**
 * Full online (toàn trình) as defined by Decree 42/2022/NĐ-CP, Article 11 — see catalogs/README.md,
 * "Full online". Each finding cites the decree so the officer sees why, not just what.
 */
import type { Procedure } from '../types';
import { pointer } from './pointer';
import { type problemsFor, q } from './problem';

type Report = ReturnType<typeof problemsFor>;

const law = {
  vi: 'Nghị định 42/2022/NĐ-CP, Điều 11',
  en: 'Nghị định 42/2022/NĐ-CP, Điều 11 — Decree 42/2022, Article 11',
};

export function checkOnlineCompliance(p: Procedure, { error, warning }: Report): void {
  const online = p.channels.findIndex((c) => c.channel === 'online');
  if (p.onlineLevel === 'none') {
    if (online >= 0) {
      warning('online.level.none-with-channel', '/onlineLevel', {
        vi: 'Thủ tục khai báo không có dịch vụ trực tuyến (none) nhưng lại có cách thức online',
        en: 'The procedure declares no online service (none) but offers the online channel',
      });
    }
    return;
  }
  if (online < 0) {
    error('online.channel.missing', '/channels', {
      vi: `Thủ tục khai báo dịch vụ trực tuyến (${p.onlineLevel}) nhưng không có cách thức online (${law.vi})`,
      en: `The procedure declares an online service (${p.onlineLevel}) but has no online channel (${law.en})`,
    });
  }
  if (p.onlineLevel !== 'full') return;

  p.steps.forEach((s, i) => {
    if (s.inPerson) {
      error('online.full.in-person', pointer('steps', i, 'inPerson'), {
        vi: `Thủ tục toàn trình không được yêu cầu người nộp có mặt trực tiếp (${law.vi})`,
        en: `A full-online procedure must not require the applicant to appear in person (${law.en})`,
      });
    }
    if (s.onSiteCheck) {
      error('online.full.on-site-check', pointer('steps', i, 'onSiteCheck'), {
        vi: `Thủ tục toàn trình không được yêu cầu kiểm tra, xác minh tại chỗ (${law.vi})`,
        en: `A full-online procedure must not require an on-site check (${law.en})`,
      });
    }
  });
  p.documentCases.forEach((c, ci) => {
    c.documents.forEach((d, di) => {
      // Only `replace` never falls back: without a record the agency fetches the document itself.
      // `present-only` and `fallback` fall through to the document's own submission when the
      // lookup finds nothing or the source is down — paper, if that is `present`/`paperOriginal`.
      const rules = d.reuse ?? [];
      if (rules.some((r) => r.mode === 'replace')) return;
      const lookup = rules.find((r) => r.mode !== 'replace');
      const because = lookup
        ? {
            vi: `; quy tắc tái sử dụng ${q.vi(lookup.mode)} không đủ vì khi tra cứu ${q.vi(lookup.source)} không có kết quả hoặc nguồn không phản hồi, giấy tờ quay về bản giấy — dùng ${q.vi('replace')} (cơ quan tự khai thác) hoặc cho tải lên bản chụp`,
            en: `; the ${q.en(lookup.mode)} reuse rule is not enough: when the lookup in ${q.en(lookup.source)} finds nothing or the source is down, the document falls back to paper — use ${q.en('replace')} (the agency fetches it) or let the applicant upload a scan`,
          }
        : { vi: '', en: '' };
      const at = pointer('documentCases', ci, 'documents', di);
      if (d.submission === 'present') {
        error('online.full.present', `${at}/submission`, {
          vi: `Giấy tờ ${q.vi(d.id)} phải xuất trình bản giấy — thủ tục toàn trình không được đòi giấy tờ giấy, kể cả khi tra cứu dữ liệu thất bại (${law.vi})${because.vi}`,
          en: `Document ${q.en(d.id)} must be presented on paper — a full-online procedure must not require paper, even when a data lookup fails (${law.en})${because.en}`,
        });
      }
      if (d.paperOriginal) {
        error('online.full.paper-original', `${at}/paperOriginal`, {
          vi: `Giấy tờ ${q.vi(d.id)} phải nộp bản gốc giấy — thủ tục toàn trình không được đòi giấy tờ giấy, kể cả khi tra cứu dữ liệu thất bại (${law.vi})${because.vi}`,
          en: `Document ${q.en(d.id)} must be handed over as a paper original — a full-online procedure must not require paper, even when a data lookup fails (${law.en})${because.en}`,
        });
      }
    });
  });
  if (!p.result.forms.includes('electronic') && !p.result.delivery.includes('postal')) {
    error('online.full.result', '/result', {
      vi: `Thủ tục toàn trình phải trả kết quả điện tử hoặc qua bưu chính công ích (${law.vi})`,
      en: `A full-online procedure must return the result electronically or by public postal service (${law.en})`,
    });
  }
  const channel = p.channels[online];
  if (channel && channel.fees.length > 0 && !(channel.payment ?? []).includes('online')) {
    error('online.full.payment', pointer('channels', online, 'payment'), {
      vi: `Cách thức online thu phí nhưng không cho thanh toán trực tuyến — thủ tục toàn trình phải thanh toán được trực tuyến (${law.vi})`,
      en: `The online channel charges fees but does not accept online payment — a full-online procedure must be payable online (${law.en})`,
    });
  }
}
