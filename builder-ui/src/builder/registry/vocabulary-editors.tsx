/**
 * The registry's plain vocabularies: fields (lĩnh vực), fee categories (loại phí, lệ phí), levels
 * (cấp — data, not code: the 2025 reform retired the district level by a date, `retiredOn`) and
 * administrative units (đơn vị hành chính, the registry's `jurisdictions`, each with its level and
 * the unit it belongs to, whose fee policies also apply to it).
 */
import { useText } from '../../i18n/lang';
import { DateText } from '../../ui/date-text';
import { ColumnProblem, NamedRowsEditor } from './named-rows-editor';
import type { Issues } from './registry-issues';
import type { Jurisdiction, Level, Named, RegistryBody } from './registry-types';

interface Props {
  body: RegistryBody;
  disabled: boolean;
  issues: Issues;
  onChange: (body: RegistryBody) => void;
}

const blankNamed: Named = { id: '', name: { vi: '', en: '' } };

export function FieldsEditor({ body, onChange, ...rest }: Props) {
  return (
    <NamedRowsEditor
      {...rest}
      list="fields"
      legend={['Lĩnh vực', 'Fields']}
      noun={['lĩnh vực', 'field']}
      rows={body.fields}
      blank={blankNamed}
      onChange={(fields) => onChange({ ...body, fields })}
    />
  );
}

export function FeeCategoriesEditor({ body, onChange, ...rest }: Props) {
  return (
    <NamedRowsEditor
      {...rest}
      list="feeCategories"
      legend={['Loại phí, lệ phí', 'Fee categories']}
      noun={['loại phí', 'fee category']}
      rows={body.feeCategories}
      blank={blankNamed}
      onChange={(feeCategories) => onChange({ ...body, feeCategories })}
    />
  );
}

export function LevelsEditor({ body, onChange, ...rest }: Props) {
  const { L } = useText();
  return (
    <NamedRowsEditor<Level>
      {...rest}
      list="levels"
      legend={['Cấp hành chính', 'Levels of government']}
      noun={['cấp', 'level']}
      rows={body.levels}
      blank={blankNamed}
      extra={[
        {
          header: ['Ngừng từ ngày', 'Retired on'],
          cell: (row, i, update, control) => (
            <DateText
              aria-label={L(`Ngày ngừng của cấp ${i + 1}`, `Level ${i + 1} retired on`)}
              value={row.retiredOn ?? ''}
              // an empty date leaves the key undefined, which JSON drops: the level is in use again
              onChange={(v) => update({ retiredOn: v || undefined })}
              {...control('retiredOn')}
            />
          ),
        },
      ]}
      onChange={(levels) => onChange({ ...body, levels })}
    />
  );
}

export function JurisdictionsEditor({ body, onChange, ...rest }: Props) {
  const { L, tx } = useText();
  const issues = rest.issues;
  return (
    <NamedRowsEditor<Jurisdiction>
      {...rest}
      list="jurisdictions"
      legend={['Đơn vị hành chính (địa bàn)', 'Administrative units (jurisdictions)']}
      noun={['đơn vị hành chính', 'administrative unit']}
      rows={body.jurisdictions}
      blank={{ ...blankNamed, level: '' }}
      extra={[
        {
          header: ['Cấp', 'Level'],
          cell: (row, i, update, control) => (
            <>
              <select
                aria-label={L(`Cấp của đơn vị hành chính ${i + 1}`, `Administrative unit ${i + 1} level`)}
                value={row.level}
                onChange={(e) => update({ level: e.target.value })}
                {...control('level')}
              >
                <option value="">{L('— Chọn —', '— Choose —')}</option>
                {body.levels.map((l) => (
                  <option key={l.id} value={l.id} disabled={!!l.retiredOn && l.id !== row.level}>
                    {tx(l.name)}
                  </option>
                ))}
              </select>
              <ColumnProblem issues={issues} pointer={`/jurisdictions/${i}/level`} />
            </>
          ),
        },
        {
          header: ['Trực thuộc', 'Inside'],
          cell: (row, i, update, control) => (
            <>
              <select
                aria-label={L(
                  `Đơn vị cấp trên của đơn vị hành chính ${i + 1}`,
                  `Administrative unit ${i + 1} is inside`,
                )}
                value={row.parent ?? ''}
                onChange={(e) => update({ parent: e.target.value || undefined })}
                {...control('parent')}
              >
                <option value="">{L('— Không (cấp cao nhất) —', '— None (top level) —')}</option>
                {body.jurisdictions
                  .filter((j) => j.id !== '' && (j.id !== row.id || row.parent === row.id))
                  .map((j) => (
                    <option key={j.id} value={j.id}>
                      {tx(j.name) || j.id}
                    </option>
                  ))}
              </select>
              <ColumnProblem issues={issues} pointer={`/jurisdictions/${i}/parent`} />
            </>
          ),
        },
      ]}
      onChange={(jurisdictions) => onChange({ ...body, jurisdictions })}
    />
  );
}
