/** Sentences about parts of a procedure definition, shared by the portal and the builder preview. */
import type {
  AmountRule,
  ChannelOffer,
  ProcessingTime,
} from '../../../functions/core/format/generated/procedure';
import { formatMoney } from '../i18n/format';
import type { Lang, Localized } from '../i18n/lang';

/** Name of a filing channel. */
export function channelName(channel: string): Localized {
  if (channel === 'online') return { vi: 'Trực tuyến', en: 'Online' };
  if (channel === 'postal') return { vi: 'Dịch vụ bưu chính công ích', en: 'Public postal service' };
  if (channel === 'in-person') return { vi: 'Trực tiếp', en: 'In person' };
  return { vi: channel, en: channel };
}

/** "5 ngày làm việc", "Trong ngày (nhận trước 15 giờ)", … */
export function processingTimeText(time: ProcessingTime | undefined): Localized {
  if (!time) return { vi: '', en: '' };
  const n = time.value ?? 0;
  switch (time.type) {
    case 'working-days':
      return { vi: `${n} ngày làm việc`, en: `${n} working day(s)` };
    case 'calendar-days':
      return { vi: `${n} ngày`, en: `${n} day(s)` };
    case 'hours':
      return { vi: `${n} giờ`, en: `${n} hour(s)` };
    case 'same-day':
      return time.cutoffHour !== undefined
        ? {
            vi: `Trong ngày (hồ sơ nhận trước ${time.cutoffHour} giờ)`,
            en: `Same day (dossiers received before ${time.cutoffHour}:00)`,
          }
        : { vi: 'Trong ngày', en: 'Same day' };
    default:
      return { vi: String(time.type), en: String(time.type) };
  }
}

/** The fee rule as written in the catalog: "8.000 đ", "10.000 đ / bản", "theo bậc". */
export function amountRuleText(rule: AmountRule, lang: Lang): string {
  if (rule.type === 'fixed') return formatMoney(rule.amount, lang);
  const unit = rule.unit
    ? lang === 'en' && rule.unit.en
      ? rule.unit.en
      : rule.unit.vi
    : lang === 'vi'
      ? 'đơn vị'
      : 'unit';
  if (rule.type === 'per-unit') {
    const free = rule.freeUnits
      ? lang === 'vi'
        ? ` (miễn ${rule.freeUnits} ${unit} đầu)`
        : ` (first ${rule.freeUnits} free)`
      : '';
    return `${formatMoney(rule.unitPrice, lang)} / ${unit}${free}`;
  }
  return rule.tiers
    .map((tier, i) => {
      const from = i === 0 ? 1 : (rule.tiers[i - 1]?.upTo ?? 0) + 1;
      const range = tier.upTo === null ? `${from}+` : `${from}–${tier.upTo}`;
      return `${range} ${unit}: ${formatMoney(tier.unitPrice, lang)}`;
    })
    .join('; ');
}

/** Payment ways of a channel. */
export function paymentText(channel: ChannelOffer): Localized {
  const names: Record<string, Localized> = {
    online: { vi: 'trực tuyến', en: 'online' },
    counter: { vi: 'tại quầy', en: 'at the counter' },
    postal: { vi: 'qua bưu chính', en: 'by post' },
  };
  const list = channel.payment ?? [];
  return {
    vi: list.map((p) => names[p]?.vi ?? p).join(', '),
    en: list.map((p) => names[p]?.en ?? p).join(', '),
  };
}
