/**
 * A fee line's amount rule with its own controls: a fixed amount; a price per unit with the unit
 * count picked from a form field; or a table of tiers (from/to/price rows, the "from" following
 * the previous row's "to").
 */

import { useRef } from 'react';
import {
  type NumberSource,
  switchAmountType,
  type Tier,
  tierRows,
} from '../../../../functions/core/designer/fee-rules';
import type { AmountRule, AnswerRef } from '../../../../functions/core/format/generated/procedure';
import { useText } from '../../i18n/lang';
import { InlineFindings } from '../findings/findings-context';
import { FieldError, LocalizedFields, NumberField, SelectField } from '../lists/controls';
import { useIssue } from '../lists/field-issues-context';
import { useUndoableRows } from '../lists/undo-removal';

interface Props {
  rule: AmountRule;
  onChange(next: AmountRule): void;
  at: string;
  lineId: string;
  sources: NumberSource[];
}

/** Picks the answer a count is read from, with its default when the answer is missing. */
export function CountPicker({
  label,
  value,
  onChange,
  at,
  sources,
}: {
  label: string;
  value: AnswerRef;
  onChange(next: AnswerRef): void;
  at: string;
  sources: NumberSource[];
}) {
  const { L } = useText();
  const known = sources.some((s) => s.pointer === value.from);
  const options = [
    ...sources.map((s) => ({ value: s.pointer, label: `${s.label} (${s.pointer})` })),
    ...(value.from && !known ? [{ value: value.from, label: value.from }] : []),
  ];
  return (
    <div className="row wrap">
      <SelectField
        label={label}
        value={value.from || undefined}
        at={`${at}/from`}
        placeholder={L('— chọn trường số của biểu mẫu —', '— pick a number field of the form —')}
        options={options}
        onChange={(from) => onChange({ ...value, from })}
      />
      <NumberField
        label={L('Mặc định khi chưa nhập', 'Default when not answered')}
        value={value.default}
        at={`${at}/default`}
        onChange={(n) => {
          const { default: _old, ...rest } = value;
          onChange(n === null ? rest : { ...rest, default: n });
        }}
      />
    </div>
  );
}

export function AmountEditor({ rule, onChange, at, lineId, sources }: Props) {
  const { L } = useText();
  return (
    <div className="amount-editor">
      <SelectField
        label={L('Cách tính mức thu', 'How the amount is computed')}
        value={rule.type}
        at={`${at}/type`}
        options={[
          { value: 'fixed', label: L('Mức cố định', 'Fixed amount') },
          { value: 'per-unit', label: L('Theo đơn vị (trang, bản…)', 'Per unit (page, copy…)') },
          { value: 'tiered', label: L('Theo bậc (lũy tiến)', 'By tiers') },
        ]}
        onChange={(type) => onChange(switchAmountType(rule, type))}
      />
      {rule.type === 'fixed' && (
        <NumberField
          label={L('Mức thu', 'Amount')}
          unit={L('đồng', 'đồng')}
          step={1000}
          required
          value={rule.amount}
          at={`${at}/amount`}
          testId={`fee-amount-${lineId}`}
          onChange={(amount) => onChange({ ...rule, amount: amount as number })}
        />
      )}
      {rule.type !== 'fixed' && (
        <>
          <CountPicker
            label={L('Số đơn vị lấy từ trường', 'Number of units from the field')}
            value={rule.units}
            at={`${at}/units`}
            sources={sources}
            onChange={(units) => onChange({ ...rule, units })}
          />
          <LocalizedFields
            label={L('Tên đơn vị', 'Unit name')}
            value={rule.unit}
            at={`${at}/unit`}
            required={false}
            onChange={(unit) => {
              const { unit: _old, ...rest } = rule;
              onChange(unit.vi || unit.en ? ({ ...rest, unit } as AmountRule) : (rest as AmountRule));
            }}
          />
        </>
      )}
      {rule.type === 'per-unit' && (
        <div className="row wrap">
          <NumberField
            label={L('Đơn giá', 'Price per unit')}
            unit={L('đồng', 'đồng')}
            step={1000}
            required
            value={rule.unitPrice}
            at={`${at}/unitPrice`}
            testId={`fee-unit-price-${lineId}`}
            onChange={(unitPrice) => onChange({ ...rule, unitPrice: unitPrice as number })}
          />
          <NumberField
            label={L('Số đơn vị miễn phí', 'Free units')}
            value={rule.freeUnits}
            at={`${at}/freeUnits`}
            onChange={(n) => {
              const { freeUnits: _old, ...rest } = rule;
              onChange(n === null ? rest : { ...rest, freeUnits: n });
            }}
          />
        </div>
      )}
      {rule.type === 'tiered' && (
        <TiersTable
          tiers={rule.tiers}
          at={`${at}/tiers`}
          lineId={lineId}
          onChange={(tiers) => onChange({ ...rule, tiers })}
        />
      )}
    </div>
  );
}

function TiersTable({
  tiers,
  onChange,
  at,
  lineId,
}: {
  tiers: Tier[];
  onChange(next: Tier[]): void;
  at: string;
  lineId: string;
}) {
  const { L } = useText();
  const issue = useIssue(at);
  const rows = tierRows(tiers);
  const body = useRef<HTMLTableSectionElement>(null);
  const { remove, notice } = useUndoableRows(tiers, onChange, body);
  const set = (i: number, tier: Tier) => onChange(tiers.map((t, j) => (j === i ? tier : t)));
  const add = () => {
    // The open last tier gets a bound; the new open tier starts after it.
    const last = rows[rows.length - 1];
    const bounded = tiers.map((t, j) =>
      last && j === tiers.length - 1 && t.upTo === null ? { ...t, upTo: last.from } : t,
    );
    onChange([...bounded, { upTo: null, unitPrice: last?.unitPrice ?? 0 }]);
  };
  return (
    <div className="tiers" data-pointer={at}>
      <table className="list" data-testid={`fee-tiers-${lineId}`}>
        <caption>{L('Các bậc (đơn giá theo từng khoảng đơn vị)', 'Tiers (price per unit by range)')}</caption>
        <thead>
          <tr>
            <th scope="col">{L('Từ đơn vị', 'From unit')}</th>
            <th scope="col">{L('Đến đơn vị (trống = không giới hạn)', 'To unit (empty = no limit)')}</th>
            <th scope="col">{L('Đơn giá (đồng)', 'Price per unit (đồng)')}</th>
            <th scope="col">
              <span className="sr-only">{L('Thao tác', 'Actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tiers have no identity besides their place
            <tr key={i}>
              <td className="num">{row.from}</td>
              <td>
                <NumberField
                  label={L(`Đến (bậc ${i + 1})`, `To (tier ${i + 1})`)}
                  value={row.to}
                  at={`${at}/${i}/upTo`}
                  hideLabel
                  onChange={(upTo) => set(i, { unitPrice: row.unitPrice, upTo })}
                />
              </td>
              <td>
                <NumberField
                  label={L(`Đơn giá (bậc ${i + 1})`, `Price (tier ${i + 1})`)}
                  value={row.unitPrice}
                  step={500}
                  at={`${at}/${i}/unitPrice`}
                  hideLabel
                  onChange={(unitPrice) => set(i, { upTo: row.to, unitPrice: unitPrice as number })}
                />
              </td>
              <td>
                {tiers.length > 1 && (
                  <button
                    type="button"
                    className="link"
                    data-remove={i}
                    aria-label={L(`Xóa bậc ${i + 1}`, `Remove tier ${i + 1}`)}
                    onClick={() => remove(i, L(`bậc ${i + 1}`, `tier ${i + 1}`))}
                  >
                    {L('Xóa', 'Remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notice}
      <FieldError id={`${lineId}-tiers-err`} issue={issue} />
      <InlineFindings pointer={at} />
      {tiers.length < 20 && (
        <button type="button" onClick={add}>
          + {L('Thêm bậc', 'Add a tier')}
        </button>
      )}
    </div>
  );
}
