/** The palette: one button per field type or preset; a click (or Enter) adds it and opens its editor. */
import { type PaletteItem, palette } from '../../../../functions/core/designer/palette';
import { useText } from '../../i18n/lang';

const groups: { id: PaletteItem['group']; vi: string; en: string }[] = [
  { id: 'basic', vi: 'Loại trường', en: 'Field types' },
  { id: 'vn', vi: 'Mẫu có sẵn', en: 'Presets' },
  { id: 'structure', vi: 'Cấu trúc', en: 'Structure' },
];

export function PaletteBar({ onAdd, label }: { onAdd: (item: PaletteItem) => void; label: string }) {
  const { L, tx } = useText();
  return (
    <nav className="designer-palette" aria-label={label}>
      {groups.map((g) => (
        <div key={g.id} className="palette-group">
          <h4>{L(g.vi, g.en)}</h4>
          <ul>
            {palette
              .filter((p) => p.group === g.id)
              .map((p) => (
                <li key={p.id}>
                  <button type="button" data-palette={p.id} onClick={() => onAdd(p)}>
                    + {tx(p.label)}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
