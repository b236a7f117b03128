/**
 * The conditions of "toàn trình" (full online, Decree 42/2022/NĐ-CP Art. 11 — catalogs/README.md,
 * "Full online") as a checklist: each condition met or not, and for each one not met the places
 * that block it. The checker's findings (check-online-compliance.ts) are built from the same
 * blockers, so the builder's checklist and the checker can never disagree.
 */
import type { Message, Procedure } from '../types';
import { pointer } from './pointer';
import { q } from './problem';

/** The five conditions, in the order the decree's reasoning reads. */
export type OnlineCondition =
  | 'online-channel'
  | 'no-in-person'
  | 'no-paper'
  | 'electronic-result'
  | 'online-payment';

/** One place that keeps a condition from holding, with the checker's code and its message. */
export interface OnlineBlocker {
  code: string;
  /** JSON pointer inside the procedure: where the officer fixes it. */
  pointer: string;
  message: Message;
}

export interface OnlineChecklistItem {
  condition: OnlineCondition;
  label: Message;
  met: boolean;
  blockers: OnlineBlocker[];
}

const law = {
  vi: 'Nghị định 42/2022/NĐ-CP, Điều 11',
  en: 'Nghị định 42/2022/NĐ-CP, Điều 11 — Decree 42/2022, Article 11',
};

const labels: Record<OnlineCondition, Message> = {
  'online-channel': { vi: 'Có cách thức nộp trực tuyến', en: 'The online channel is offered' },
  'no-in-person': {
    vi: 'Không bước nào đòi có mặt trực tiếp hay kiểm tra thực địa',
    en: 'No step requires appearing in person or an on-site check',
  },
  'no-paper': {
    vi: 'Không giấy tờ nào phải xuất trình hay nộp bản gốc giấy, kể cả khi tra cứu dữ liệu thất bại (chỉ quy tắc tái sử dụng dữ liệu ở cách dùng «Thay thế hoàn toàn» mới thay được giấy tờ)',
    en: 'No document must be shown or handed over on paper, even when a data lookup fails (only a reuse rule in "Replace" mode stands in for the document)',
  },
  'electronic-result': {
    vi: 'Kết quả trả bản điện tử hoặc qua bưu chính công ích',
    en: 'The result is electronic or delivered by public postal service',
  },
  'online-payment': {
    vi: 'Phí, lệ phí thanh toán được trực tuyến',
    en: 'Fees can be paid online',
  },
};

function channelBlockers(p: Procedure): OnlineBlocker[] {
  if (p.channels.some((c) => c.channel === 'online')) return [];
  return [
    {
      code: 'online.channel.missing',
      pointer: '/channels',
      message: {
        vi: `Thủ tục khai báo dịch vụ trực tuyến (${p.onlineLevel}) nhưng không có cách thức online (${law.vi})`,
        en: `The procedure declares an online service (${p.onlineLevel}) but has no online channel (${law.en})`,
      },
    },
  ];
}

function stepBlockers(p: Procedure): OnlineBlocker[] {
  return p.steps.flatMap((s, i) => [
    ...(s.inPerson
      ? [
          {
            code: 'online.full.in-person',
            pointer: pointer('steps', i, 'inPerson'),
            message: {
              vi: `Thủ tục toàn trình không được yêu cầu người nộp có mặt trực tiếp (${law.vi})`,
              en: `A full-online procedure must not require the applicant to appear in person (${law.en})`,
            },
          },
        ]
      : []),
    ...(s.onSiteCheck
      ? [
          {
            code: 'online.full.on-site-check',
            pointer: pointer('steps', i, 'onSiteCheck'),
            message: {
              vi: `Thủ tục toàn trình không được yêu cầu kiểm tra, xác minh tại chỗ (${law.vi})`,
              en: `A full-online procedure must not require an on-site check (${law.en})`,
            },
          },
        ]
      : []),
  ]);
}

function paperBlockers(p: Procedure): OnlineBlocker[] {
  return p.documentCases.flatMap((c, ci) =>
    c.documents.flatMap((d, di) => {
      // Only `replace` never falls back: without a record the agency fetches the document itself.
      // `present-only` and `fallback` fall through to the document's own submission when the
      // lookup finds nothing or the source is down — paper, if that is `present`/`paperOriginal`.
      const rules = d.reuse ?? [];
      if (rules.some((r) => r.mode === 'replace')) return [];
      const lookup = rules.find((r) => r.mode !== 'replace');
      const because = lookup
        ? {
            vi: `; quy tắc tái sử dụng ${q.vi(lookup.mode)} không đủ vì khi tra cứu ${q.vi(lookup.source)} không có kết quả hoặc nguồn không phản hồi, giấy tờ quay về bản giấy — dùng ${q.vi('replace')} (cơ quan tự khai thác) hoặc cho tải lên bản chụp`,
            en: `; the ${q.en(lookup.mode)} reuse rule is not enough: when the lookup in ${q.en(lookup.source)} finds nothing or the source is down, the document falls back to paper — use ${q.en('replace')} (the agency fetches it) or let the applicant upload a scan`,
          }
        : { vi: '', en: '' };
      const at = pointer('documentCases', ci, 'documents', di);
      const found: OnlineBlocker[] = [];
      if (d.submission === 'present') {
        found.push({
          code: 'online.full.present',
          pointer: `${at}/submission`,
          message: {
            vi: `Giấy tờ ${q.vi(d.id)} phải xuất trình bản giấy — thủ tục toàn trình không được đòi giấy tờ giấy, kể cả khi tra cứu dữ liệu thất bại (${law.vi})${because.vi}`,
            en: `Document ${q.en(d.id)} must be presented on paper — a full-online procedure must not require paper, even when a data lookup fails (${law.en})${because.en}`,
          },
        });
      }
      if (d.paperOriginal) {
        found.push({
          code: 'online.full.paper-original',
          pointer: `${at}/paperOriginal`,
          message: {
            vi: `Giấy tờ ${q.vi(d.id)} phải nộp bản gốc giấy — thủ tục toàn trình không được đòi giấy tờ giấy, kể cả khi tra cứu dữ liệu thất bại (${law.vi})${because.vi}`,
            en: `Document ${q.en(d.id)} must be handed over as a paper original — a full-online procedure must not require paper, even when a data lookup fails (${law.en})${because.en}`,
          },
        });
      }
      return found;
    }),
  );
}

function resultBlockers(p: Procedure): OnlineBlocker[] {
  if (p.result.forms.includes('electronic') || p.result.delivery.includes('postal')) return [];
  return [
    {
      code: 'online.full.result',
      pointer: '/result',
      message: {
        vi: `Thủ tục toàn trình phải trả kết quả điện tử hoặc qua bưu chính công ích (${law.vi})`,
        en: `A full-online procedure must return the result electronically or by public postal service (${law.en})`,
      },
    },
  ];
}

function paymentBlockers(p: Procedure): OnlineBlocker[] {
  const online = p.channels.findIndex((c) => c.channel === 'online');
  const channel = p.channels[online];
  if (!channel || channel.fees.length === 0 || (channel.payment ?? []).includes('online')) return [];
  return [
    {
      code: 'online.full.payment',
      pointer: pointer('channels', online, 'payment'),
      message: {
        vi: `Cách thức online thu phí nhưng không cho thanh toán trực tuyến — thủ tục toàn trình phải thanh toán được trực tuyến (${law.vi})`,
        en: `The online channel charges fees but does not accept online payment — a full-online procedure must be payable online (${law.en})`,
      },
    },
  ];
}

const checks: Record<OnlineCondition, (p: Procedure) => OnlineBlocker[]> = {
  'online-channel': channelBlockers,
  'no-in-person': stepBlockers,
  'no-paper': paperBlockers,
  'electronic-result': resultBlockers,
  'online-payment': paymentBlockers,
};

/**
 * Every condition of full online, met or not, whatever the procedure's declared level (the
 * builder shows what "toàn trình" would need even for a partial procedure).
 *
 * @example onlineChecklist(p).filter((item) => !item.met).flatMap((item) => item.blockers)
 */
export function onlineChecklist(p: Procedure): OnlineChecklistItem[] {
  return (Object.keys(checks) as OnlineCondition[]).map((condition) => {
    const blockers = checks[condition](p);
    return { condition, label: labels[condition], met: blockers.length === 0, blockers };
  });
}
