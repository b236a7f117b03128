/**
 * Fee lines and channels as the builder edits them: the problems of each value (next to its
 * control), the tier table's from/to view of `upTo`, switching an amount rule's type, and which
 * answers can count units or copies.
 */
import type { AmountRule, ChannelOffer, FeeLine } from '../format/generated/procedure';
import type { Channel, Message, Procedure } from '../types';
import { type FieldIssues, integerIssue, note, slugIssue, textIssue } from './field-issues';

const MAX_MONEY = 1_000_000_000;
const money = { min: 0, max: MAX_MONEY, required: true };

export type Tier = { upTo: number | null; unitPrice: number };

/** A tier as a table row: units `from`…`to` (to null = no upper bound). */
export interface TierRow {
  from: number;
  to: number | null;
  unitPrice: number;
}

/** The tiers as from/to rows: a tier starts one unit after the previous one ends. */
export function tierRows(tiers: readonly Tier[]): TierRow[] {
  let from = 1;
  return tiers.map((t) => {
    const row = { from, to: t.upTo, unitPrice: t.unitPrice };
    from = typeof t.upTo === 'number' ? t.upTo + 1 : from;
    return row;
  });
}

/**
 * The amount rule of another type, keeping what carries over (the price, the unit count).
 *
 * @example switchAmountType({ type: 'fixed', amount: 8000 }, 'per-unit')
 *   // { type: 'per-unit', unitPrice: 8000, units: { from: '' } } — the unit field is still to pick
 */
export function switchAmountType(rule: AmountRule, type: AmountRule['type']): AmountRule {
  if (rule.type === type) return rule;
  const price =
    rule.type === 'fixed'
      ? rule.amount
      : rule.type === 'per-unit'
        ? rule.unitPrice
        : rule.tiers[0]?.unitPrice;
  const units = rule.type === 'fixed' ? { from: '' } : rule.units;
  const unit = rule.type === 'fixed' ? undefined : rule.unit;
  if (type === 'fixed') return { type, amount: price as number };
  if (type === 'per-unit') return { type, unitPrice: price as number, units, ...(unit && { unit }) };
  return { type, units, ...(unit && { unit }), tiers: [{ upTo: null, unitPrice: price as number }] };
}

/** A number the fee engine can read: a form field or a derived count, by pointer. */
export interface NumberSource {
  pointer: string;
  label: string;
}

type SchemaNode = { type?: unknown; title?: unknown; properties?: Record<string, SchemaNode> };

/**
 * Integer/number answers of the form (nested objects included) and the procedure's `count` facts:
 * what a per-unit or tiered line, or a copies multiplier, can read.
 */
export function numberSources(p: Procedure): NumberSource[] {
  const found: NumberSource[] = [];
  const walk = (node: SchemaNode, at: string, label: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const title = typeof child.title === 'string' ? child.title : name;
      const here = `${at}/${name}`;
      const named = label ? `${label} › ${title}` : title;
      if (child.type === 'integer' || child.type === 'number') found.push({ pointer: here, label: named });
      else if (child.properties) walk(child, here, named);
    }
  };
  walk(p.form.schema as SchemaNode, '', '');
  for (const d of p.derived ?? []) {
    if (d.kind === 'count') found.push({ pointer: `/${d.name}`, label: d.description?.vi ?? d.name });
  }
  return found;
}

const pickUnits: Message = {
  vi: 'Chọn trường của biểu mẫu cho biết số đơn vị',
  en: 'Pick the form field that gives the number of units',
};

function amountIssues(rule: AmountRule, at: string, issues: FieldIssues): void {
  if (rule.type === 'fixed') {
    note(issues, `${at}/amount`, integerIssue(rule.amount, money));
    return;
  }
  if (!rule.units?.from) note(issues, `${at}/units/from`, pickUnits);
  note(issues, `${at}/units/default`, integerIssue(rule.units?.default, { min: 0, required: false }));
  if (rule.type === 'per-unit') {
    note(issues, `${at}/unitPrice`, integerIssue(rule.unitPrice, money));
    note(issues, `${at}/freeUnits`, integerIssue(rule.freeUnits, { min: 0, required: false }));
    return;
  }
  if (rule.tiers.length === 0) {
    note(issues, `${at}/tiers`, { vi: 'Cần ít nhất một bậc', en: 'At least one tier is needed' });
  }
  tierRows(rule.tiers).forEach((row, i) => {
    const here = `${at}/tiers/${i}`;
    note(issues, `${here}/unitPrice`, integerIssue(row.unitPrice, money));
    const last = i === rule.tiers.length - 1;
    if (row.to === null) {
      if (!last) {
        note(issues, `${here}/upTo`, {
          vi: 'Chỉ bậc cuối được để trống "đến" (không giới hạn)',
          en: 'Only the last tier may leave "to" empty (no upper bound)',
        });
      }
      return;
    }
    const bad = integerIssue(row.to, { min: 1, required: true });
    if (bad) note(issues, `${here}/upTo`, bad);
    else if (row.to < row.from) {
      note(issues, `${here}/upTo`, {
        vi: `"Đến" (${row.to}) nhỏ hơn "từ" (${row.from}): các bậc phải tăng dần`,
        en: `"To" (${row.to}) is below "from" (${row.from}): tiers must increase`,
      });
    }
  });
}

function lineIssues(line: FeeLine, i: number, ids: string[], issues: FieldIssues): void {
  const at = `/fees/${i}`;
  note(issues, `${at}/id`, slugIssue(line.id, ids));
  note(issues, `${at}/name/vi`, textIssue(line.name?.vi, { vi: 'tên khoản thu', en: 'the line name' }));
  note(issues, `${at}/name/en`, textIssue(line.name?.en, { vi: 'tên tiếng Anh', en: 'the English name' }));
  if (!line.category) note(issues, `${at}/category`, { vi: 'Chọn nhóm phí', en: 'Pick a fee category' });
  amountIssues(line.amount, `${at}/amount`, issues);
  if ('cap' in line) note(issues, `${at}/cap`, integerIssue(line.cap, money));
  if (line.multiplier && !line.multiplier.from) {
    note(issues, `${at}/multiplier/from`, {
      vi: 'Chọn trường của biểu mẫu cho biết số bản',
      en: 'Pick the form field that gives the number of copies',
    });
  }
  if (line.legalBasis)
    note(issues, `${at}/legalBasis/number`, textIssue(line.legalBasis.number, legalNumber));
  const exemptionIds = (line.exemptions ?? []).map((e) => e.id);
  (line.exemptions ?? []).forEach((e, j) => {
    const here = `${at}/exemptions/${j}`;
    note(issues, `${here}/id`, slugIssue(e.id, exemptionIds));
    note(
      issues,
      `${here}/percentOff`,
      integerIssue(e.percentOff, { min: 1, max: 100, required: e.percentOff !== undefined }),
    );
    note(issues, `${here}/reason/vi`, textIssue(e.reason?.vi, { vi: 'lý do miễn, giảm', en: 'the reason' }));
    note(issues, `${here}/legalBasis/number`, textIssue(e.legalBasis?.number, legalNumber));
  });
}

const legalNumber: Message = { vi: 'số hiệu văn bản', en: 'the document number' };

function channelIssues(offer: ChannelOffer, i: number, issues: FieldIssues): void {
  const at = `/channels/${i}/processingTime`;
  const time = offer.processingTime;
  if (time.type !== 'same-day') {
    const bad = integerIssue(time.value, { min: 0, max: 365, required: true });
    note(
      issues,
      `${at}/value`,
      bad && time.value == null
        ? {
            vi: 'Chưa nhập thời hạn giải quyết (không tự coi là 0 ngày)',
            en: 'Processing time missing (not taken as 0 days)',
          }
        : bad,
    );
  }
  note(issues, `${at}/cutoffHour`, integerIssue(time.cutoffHour, { min: 0, max: 23, required: false }));
  if (offer.payment && offer.payment.length === 0) {
    note(issues, `/channels/${i}/payment`, {
      vi: 'Chọn ít nhất một cách thanh toán',
      en: 'Pick at least one way to pay',
    });
  }
}

/**
 * Every problem of the fee lines and channels, by pointer.
 *
 * @example feeIssues(p)['/fees/0/amount/amount'] // set when the officer cleared the amount
 */
export function feeIssues(p: Procedure): FieldIssues {
  const issues: FieldIssues = {};
  const ids = p.fees.map((f) => f.id);
  p.fees.forEach((line, i) => {
    lineIssues(line, i, ids, issues);
  });
  p.channels.forEach((offer, i) => {
    channelIssues(offer, i, issues);
  });
  return issues;
}

/** True when every fee line's amount can be computed (the live calculator then shows a quote). */
export function feesComputable(p: Procedure): boolean {
  const blocking = /^\/fees\/\d+\/(amount|cap|multiplier|exemptions\/\d+\/percentOff)/;
  return Object.keys(feeIssues(p)).every((at) => !blocking.test(at));
}

/**
 * The procedure with `lines` as its fee lines; channels' `fees` lists follow an id edit (same
 * place, old id gone, new id unheard of) and drop removed lines.
 */
export function replaceFeeLines(d: Procedure, lines: FeeLine[]): Procedure {
  const ids = new Set(lines.map((l) => l.id));
  const before = new Set(d.fees.map((f) => f.id));
  // Same place, the old id gone and the new one unheard of: an id edit, carried into the channels.
  const renamed = new Map<string, string>();
  if (lines.length === d.fees.length) {
    d.fees.forEach((f, i) => {
      const next = lines[i]?.id;
      if (next !== undefined && !ids.has(f.id) && !before.has(next)) renamed.set(f.id, next);
    });
  }
  return {
    ...d,
    fees: lines,
    channels: d.channels.map((c) => ({
      ...c,
      fees: c.fees.map((id) => renamed.get(id) ?? id).filter((id) => ids.has(id)),
    })),
  };
}

/** The procedure with line `lineId` charged on exactly the channels `on`. */
export function setLineChannels(d: Procedure, lineId: string, on: Channel[]): Procedure {
  return {
    ...d,
    channels: d.channels.map((c) => {
      const has = c.fees.includes(lineId);
      const want = on.includes(c.channel);
      if (has === want) return c;
      return { ...c, fees: want ? [...c.fees, lineId] : c.fees.filter((id) => id !== lineId) };
    }),
  };
}
