/**
 * One fee line: names, kind (phí / lệ phí) and category from the registry, who sets it, the
 * amount rule, a cap and a copies multiplier, when it is charged, on which channels, its
 * exemptions and its legal basis.
 */
import type { NumberSource } from '../../../../functions/core/designer/fee-rules';
import { conditionForRows } from '../../../../functions/core/designer/field-issues';
import type { FeeLine } from '../../../../functions/core/format/generated/procedure';
import type { Channel, Procedure } from '../../../../functions/core/types';
import { registry } from '../../catalog-context';
import { useText } from '../../i18n/lang';
import { channelName } from '../../portal/describe';
import { ConditionEditor } from '../conditions/condition-editor';
import { FindingsAnchor } from '../findings/findings-context';
import {
  CheckField,
  CheckGroup,
  LocalizedFields,
  NumberField,
  SelectField,
  TextField,
} from '../lists/controls';
import { OptionalLegalReference } from '../lists/legal-reference-fields';
import { AmountEditor, CountPicker } from './amount-editor';
import { ExemptionsEditor } from './exemptions-editor';

interface Props {
  line: FeeLine;
  index: number;
  procedure: Procedure;
  sources: NumberSource[];
  onChange(next: FeeLine): void;
  /** Which channels charge this line (a channel lists the ids of its lines). */
  charging: Channel[];
  onCharging(next: Channel[]): void;
}

/** Drops `key` from `line` when `value` is undefined. */
function withOptional<K extends keyof FeeLine>(
  line: FeeLine,
  key: K,
  value: FeeLine[K] | undefined,
): FeeLine {
  const { [key]: _old, ...rest } = line;
  return (value === undefined ? rest : { ...rest, [key]: value }) as FeeLine;
}

export function FeeLineEditor({ line, index, procedure, sources, onChange, charging, onCharging }: Props) {
  const { L, tx } = useText();
  const at = `/fees/${index}`;
  return (
    <div className="fee-line" data-fee={line.id}>
      <LocalizedFields
        label={L('Tên khoản thu', 'Fee line name')}
        value={line.name}
        at={`${at}/name`}
        onChange={(name) => onChange({ ...line, name: { vi: name.vi, en: name.en ?? '' } })}
      />
      <div className="row wrap">
        <TextField
          label={L('Mã khoản thu', 'Line id')}
          value={line.id}
          at={`${at}/id`}
          onChange={(id) => onChange({ ...line, id })}
        />
        <SelectField
          label={L('Loại', 'Kind')}
          value={line.kind}
          at={`${at}/kind`}
          options={[
            { value: 'le-phi', label: L('Lệ phí', 'Charge (lệ phí)') },
            { value: 'phi', label: L('Phí', 'Fee (phí)') },
          ]}
          onChange={(kind) => onChange({ ...line, kind })}
        />
        <SelectField
          label={L('Nhóm phí (danh mục)', 'Fee category (registry)')}
          value={line.category || undefined}
          at={`${at}/category`}
          placeholder={L('— Chọn nhóm phí —', '— Pick a fee category —')}
          options={registry.feeCategories.map((c) => ({ value: c.id, label: tx(c.name) }))}
          onChange={(category) => onChange({ ...line, category })}
        />
        <SelectField
          label={L('Cơ quan quy định mức thu', 'Who sets the amount')}
          value={line.setBy ?? 'none'}
          at={`${at}/setBy`}
          options={[
            { value: 'council', label: L('HĐND tỉnh', 'Provincial council') },
            { value: 'ministry', label: L('Bộ Tài chính', 'Ministry of Finance') },
            { value: 'none', label: L('Không ghi', 'Not stated') },
          ]}
          onChange={(v) => onChange(withOptional(line, 'setBy', v === 'none' ? undefined : v))}
        />
      </div>
      <CheckField
        label={L('Là phí thẩm định', 'An appraisal fee (phí thẩm định)')}
        checked={line.appraisal === true}
        at={`${at}/appraisal`}
        onChange={(on) => onChange(withOptional(line, 'appraisal', on ? true : undefined))}
      />
      <AmountEditor
        rule={line.amount}
        at={`${at}/amount`}
        lineId={line.id}
        sources={sources}
        onChange={(amount) => onChange({ ...line, amount })}
      />
      <CheckField
        label={L('Có mức trần (tối đa mỗi bản)', 'Capped (maximum per copy)')}
        checked={'cap' in line && line.cap !== undefined}
        at={`${at}/cap`}
        onChange={(on) => onChange(withOptional(line, 'cap', on ? (null as unknown as number) : undefined))}
      />
      {'cap' in line && line.cap !== undefined && (
        <NumberField
          label={L('Mức trần', 'Cap')}
          unit={L('đồng', 'đồng')}
          step={1000}
          required
          value={line.cap}
          at={`${at}/cap`}
          testId={`fee-cap-${line.id}`}
          onChange={(cap) => onChange({ ...line, cap: cap as number })}
        />
      )}
      <CheckField
        label={L('Nhân theo số bản', 'Multiplied by the number of copies')}
        checked={line.multiplier !== undefined}
        at={`${at}/multiplier`}
        onChange={(on) => onChange(withOptional(line, 'multiplier', on ? { from: '' } : undefined))}
      />
      {line.multiplier && (
        <CountPicker
          label={L('Số bản lấy từ trường', 'Number of copies from the field')}
          value={line.multiplier}
          at={`${at}/multiplier`}
          sources={sources}
          onChange={(multiplier) => onChange({ ...line, multiplier })}
        />
      )}
      <CheckGroup
        legend={L('Thu khi nộp theo cách thức', 'Charged on the channels')}
        values={charging}
        at={`${at}/channels`}
        options={procedure.channels.map((c) => ({ value: c.channel, label: tx(channelName(c.channel)) }))}
        onChange={onCharging}
      />
      <FindingsAnchor pointer={`${at}/when`}>
        <ConditionEditor
          label={L('Chỉ thu khi', 'Charged only when')}
          procedure={procedure}
          condition={conditionForRows(line.when)}
          onChange={(when) => onChange(withOptional(line, 'when', when))}
        />
      </FindingsAnchor>
      <h4>{L('Miễn, giảm', 'Exemptions and reductions')}</h4>
      <ExemptionsEditor
        exemptions={line.exemptions ?? []}
        at={`${at}/exemptions`}
        procedure={procedure}
        onChange={(exemptions) =>
          onChange(withOptional(line, 'exemptions', exemptions.length > 0 ? exemptions : undefined))
        }
      />
      <OptionalLegalReference
        label={L('Có căn cứ pháp lý của mức thu', 'Cite the legal basis of the amount')}
        value={line.legalBasis}
        at={`${at}/legalBasis`}
        onChange={(legalBasis) => onChange(withOptional(line, 'legalBasis', legalBasis))}
      />
      <LocalizedFields
        label={L('Ghi chú', 'Note')}
        value={line.note}
        at={`${at}/note`}
        required={false}
        onChange={(note) => onChange(withOptional(line, 'note', note.vi || note.en ? note : undefined))}
      />
    </div>
  );
}
