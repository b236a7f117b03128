/**
 * An itemised fee quote from the core: each line's base, what the applicant pays, and why it is
 * lower (exemption with its law, or the council resolution that sets it to 0 đồng online).
 */
import type { AppliedExemption, AppliedPolicy, FeeLineQuote } from '../../../functions/core/types';
import { formatMoney } from '../i18n/format';
import { type Localized, useText } from '../i18n/lang';

/** The quote as the core returns it, or as the receipt shows it (with a ready-made `why`). */
export interface QuoteLike {
  channel?: string;
  lines: Array<
    Pick<FeeLineQuote, 'id' | 'name' | 'base' | 'amount'> &
      Partial<Pick<FeeLineQuote, 'units' | 'copies'>> & {
        exemptions: Array<AppliedExemption & { why?: Localized }>;
        policies: Array<AppliedPolicy & { why?: Localized }>;
      }
  >;
  total: number;
}

/** One sentence naming the policy: "0 đồng khi nộp trực tuyến theo Nghị quyết 411/NQ-HĐND". */
export function PolicyNote({ policy }: { policy: AppliedPolicy & { why?: Localized } }) {
  const { L, tx } = useText();
  if (policy.why) return <span className="policy">{tx(policy.why)}</span>;
  const effect =
    policy.effect.type === 'set-zero'
      ? L('0 đồng khi nộp trực tuyến', '0 đồng when filed online')
      : L(
          `Giảm ${policy.effect.percent}% khi nộp trực tuyến`,
          `${policy.effect.percent}% off when filed online`,
        );
  const number = policy.resolution.number;
  // Some numbers are unconfirmed and written as a phrase that already starts with "Nghị quyết".
  const named = /^nghị quyết/i.test(number) ? number : `${L('Nghị quyết', 'Resolution')} ${number}`;
  return (
    <span className="policy" title={tx(policy.summary)}>
      {effect} {L('theo', 'under')} {named}
    </span>
  );
}

/** The fee table; `caption` names the channel or situation. */
export function FeeQuoteView({ quote, caption }: { quote: QuoteLike; caption?: string }) {
  const { L, tx, lang } = useText();
  if (quote.lines.length === 0) {
    return <p className="fee-none">{L('Không thu phí, lệ phí.', 'No fees or charges.')}</p>;
  }
  return (
    <table className="fees">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{L('Khoản thu', 'Fee line')}</th>
          <th scope="col" className="num">
            {L('Phải nộp', 'To pay')}
          </th>
        </tr>
      </thead>
      <tbody>
        {quote.lines.map((line) => (
          <tr key={line.id}>
            <td>
              <span>{tx(line.name)}</span>{' '}
              {/* Citizens check a per-page or per-copy charge against what they asked for. */}
              {(line.units !== undefined || (line.copies ?? 1) > 1) && (
                <span className="muted">
                  {[
                    line.units !== undefined ? `${line.units} ${L('đơn vị', 'units')}` : null,
                    (line.copies ?? 1) > 1 ? `× ${line.copies} ${L('bản', 'copies')}` : null,
                  ]
                    .filter(Boolean)
                    .join(' ')}
                </span>
              )}
              {line.exemptions.map((e) => (
                <span key={e.id} className="exemption">
                  {e.why
                    ? tx(e.why)
                    : `${L('Miễn/giảm', 'Exempt/discount')}: ${tx(e.reason)} (${e.legalBasis.number})`}
                </span>
              ))}
              {line.policies.map((p) => (
                <PolicyNote key={p.id} policy={p} />
              ))}
            </td>
            <td className="num">
              {line.base !== line.amount && <s className="muted">{formatMoney(line.base, lang)}</s>}{' '}
              <strong>{formatMoney(line.amount, lang)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{L('Tổng cộng', 'Total')}</th>
          <td className="num">
            <strong data-testid="fee-total">{formatMoney(quote.total, lang)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
