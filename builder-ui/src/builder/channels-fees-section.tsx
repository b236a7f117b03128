/**
 * Channels and fees: the everyday edits (processing time, which lines a channel charges, a fixed
 * amount) as plain controls; conditions, tiers and exemptions in the JSON box below them.
 */
import type {
  ChannelOffer,
  FeeLine,
  ProcessingTime,
} from '../../../functions/core/format/generated/procedure';
import { useText } from '../i18n/lang';
import { channelName } from '../portal/describe';
import { JsonField } from './json-field';
import type { SectionProps } from './sections';

/** The "Cách thức thực hiện và phí" section. */
export function ChannelsFeesSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L, tx } = useText();
  const setChannel = (i: number, next: ChannelOffer) =>
    onChange({ ...d, channels: d.channels.map((c, j) => (j === i ? next : c)) });
  const setFee = (i: number, next: FeeLine) =>
    onChange({ ...d, fees: d.fees.map((f, j) => (j === i ? next : f)) });

  return (
    <fieldset className="section" disabled={readOnly}>
      <legend>{L('Cách thức thực hiện, phí và lệ phí', 'Channels and fees')}</legend>
      {d.channels.map((offer, i) => (
        <div key={offer.channel} className="card">
          <h3>{tx(channelName(offer.channel))}</h3>
          <div className="row wrap">
            <label className="field">
              <span>{L('Thời hạn', 'Processing time')}</span>
              <select
                value={offer.processingTime.type}
                onChange={(e) =>
                  setChannel(i, {
                    ...offer,
                    processingTime: {
                      ...offer.processingTime,
                      type: e.target.value as ProcessingTime['type'],
                    },
                  })
                }
              >
                <option value="working-days">{L('Ngày làm việc', 'Working days')}</option>
                <option value="calendar-days">{L('Ngày', 'Calendar days')}</option>
                <option value="hours">{L('Giờ', 'Hours')}</option>
                <option value="same-day">{L('Trong ngày', 'Same day')}</option>
              </select>
            </label>
            {offer.processingTime.type !== 'same-day' && (
              <label className="field">
                <span>{L('Số', 'Number')}</span>
                <input
                  type="number"
                  min={0}
                  value={offer.processingTime.value ?? 0}
                  onChange={(e) =>
                    setChannel(i, {
                      ...offer,
                      processingTime: { ...offer.processingTime, value: Number(e.target.value) },
                    })
                  }
                />
              </label>
            )}
          </div>
          <p className="small">{L('Khoản thu áp dụng:', 'Fee lines charged:')}</p>
          {d.fees.map((fee) => (
            <label key={fee.id} className="check">
              <input
                type="checkbox"
                checked={offer.fees.includes(fee.id)}
                onChange={(e) =>
                  setChannel(i, {
                    ...offer,
                    fees: e.target.checked
                      ? [...offer.fees, fee.id]
                      : offer.fees.filter((id) => id !== fee.id),
                  })
                }
              />
              <span>{tx(fee.name)}</span>
            </label>
          ))}
        </div>
      ))}
      {d.fees.map((fee, i) => (
        <div key={fee.id} className="card" data-fee={fee.id}>
          <label className="field">
            <span>{L('Tên khoản thu', 'Fee line name')}</span>
            <input
              value={fee.name.vi}
              onChange={(e) => setFee(i, { ...fee, name: { ...fee.name, vi: e.target.value } })}
            />
          </label>
          <div className="row wrap">
            <label className="field">
              <span>{L('Loại', 'Kind')}</span>
              <select
                value={fee.kind}
                onChange={(e) => setFee(i, { ...fee, kind: e.target.value as FeeLine['kind'] })}
              >
                <option value="le-phi">{L('Lệ phí', 'Charge (lệ phí)')}</option>
                <option value="phi">{L('Phí', 'Fee (phí)')}</option>
              </select>
            </label>
            {fee.amount.type === 'fixed' ? (
              <label className="field">
                <span>{L('Mức thu (đồng)', 'Amount (đồng)')}</span>
                <input
                  type="number"
                  step={1000}
                  value={fee.amount.amount}
                  data-testid={`fee-amount-${fee.id}`}
                  onChange={(e) =>
                    setFee(i, { ...fee, amount: { type: 'fixed', amount: Number(e.target.value) } })
                  }
                />
              </label>
            ) : (
              <p className="small muted">
                {L(
                  'Mức thu theo đơn vị/bậc — sửa trong ô JSON bên dưới.',
                  'Per-unit or tiered — edit in the JSON box below.',
                )}
              </p>
            )}
          </div>
        </div>
      ))}
      <details>
        <summary>
          {L('Sửa chi tiết khoản thu (JSON: điều kiện, miễn giảm, bậc)', 'Edit fee lines in detail (JSON)')}
        </summary>
        <JsonField
          label={L('Các khoản thu', 'Fee lines')}
          value={d.fees}
          onChange={(fees) => onChange({ ...d, fees: fees as FeeLine[] })}
        />
        <JsonField
          label={L('Cách thức thực hiện', 'Channels')}
          value={d.channels}
          onChange={(channels) => onChange({ ...d, channels: channels as ChannelOffer[] })}
          rows={10}
        />
      </details>
    </fieldset>
  );
}
