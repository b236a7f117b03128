/**
 * Exemptions and reductions of one fee line: when each applies (condition rows), how much it takes
 * off, and its legal reason (number, article, title) — the citizen sees that reason on the quote.
 */
import { conditionForRows, freshId } from '../../../../functions/core/designer/field-issues';
import type { Exemption } from '../../../../functions/core/format/generated/procedure';
import type { Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import { ConditionEditor } from '../conditions/condition-editor';
import { FindingsAnchor } from '../findings/findings-context';
import { LocalizedFields, NumberField, TextField } from '../lists/controls';
import { LegalReferenceFields } from '../lists/legal-reference-fields';
import { ListEditor } from '../lists/list-editor';

interface Props {
  exemptions: Exemption[];
  onChange(next: Exemption[]): void;
  at: string;
  procedure: Procedure;
}

export function ExemptionsEditor({ exemptions, onChange, at, procedure }: Props) {
  const { L } = useText();
  return (
    <ListEditor<Exemption>
      items={exemptions}
      at={at}
      noun={L('Miễn, giảm', 'Exemption')}
      addLabel={L('Thêm miễn, giảm', 'Add an exemption or reduction')}
      max={20}
      newItem={() => ({
        id: freshId(
          'mien-giam',
          exemptions.map((e) => e.id),
        ),
        when: {},
        percentOff: 100,
        reason: { vi: '' },
        legalBasis: { number: '' },
      })}
      onChange={onChange}
      render={(e, i, set) => {
        const here = `${at}/${i}`;
        return (
          <>
            <div className="row wrap">
              <TextField
                label={L('Mã', 'Id')}
                value={e.id}
                at={`${here}/id`}
                onChange={(id) => set({ ...e, id })}
              />
              <NumberField
                label={L('Mức giảm', 'Reduction')}
                unit="%"
                value={e.percentOff ?? 100}
                at={`${here}/percentOff`}
                onChange={(n) => set({ ...e, percentOff: n as number })}
              />
            </div>
            <p className="small muted">
              {L(
                '100% là miễn hoàn toàn; dưới 100% là giảm.',
                '100% is a full exemption; less is a reduction.',
              )}
            </p>
            <FindingsAnchor pointer={`${here}/when`}>
              <ConditionEditor
                label={L('Áp dụng khi', 'Applies when')}
                procedure={procedure}
                condition={conditionForRows(e.when)}
                onChange={(when) => set({ ...e, when: when ?? {} })}
              />
            </FindingsAnchor>
            <LocalizedFields
              label={L('Lý do (đối tượng được miễn, giảm)', 'Reason (who is exempt)')}
              value={e.reason}
              at={`${here}/reason`}
              onChange={(reason) => set({ ...e, reason })}
            />
            <p className="small">{L('Căn cứ pháp lý của miễn, giảm', 'Legal basis of the exemption')}</p>
            <LegalReferenceFields
              value={e.legalBasis}
              at={`${here}/legalBasis`}
              onChange={(legalBasis) => set({ ...e, legalBasis })}
            />
          </>
        );
      }}
    />
  );
}
