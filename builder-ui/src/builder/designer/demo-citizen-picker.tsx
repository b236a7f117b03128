/**
 * "Xem như công dân": the live preview fills prefilled (and locked) fields for a chosen demo
 * citizen. The demo list is the local mode's seed data, loaded as its own small chunk only when
 * the preview is shown (it is sample data, not part of the builder's code).
 */
import { type ReactNode, useEffect, useState } from 'react';
import type { CitizenData } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';

let cache: Promise<CitizenData[]> | undefined;
const loadCitizens = () => {
  cache ??= import('../../../../functions/local/seed-data/citizens.json').then(
    (m) => m.default as unknown as CitizenData[],
  );
  return cache;
};

const nameOf = (c: CitizenData) =>
  (c.attributes?.population as { fullName?: string } | undefined)?.fullName ?? c.personalId;

/** The chosen demo citizen (undefined = none) and the control to choose one; `onPick` runs on a change. */
export function useDemoCitizen(onPick: () => void): [CitizenData | undefined, ReactNode] {
  const { L } = useText();
  const [citizens, setCitizens] = useState<CitizenData[]>([]);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    let live = true;
    void loadCitizens().then((list) => live && setCitizens(list));
    return () => {
      live = false;
    };
  }, []);
  const citizen = citizens.find((c) => c.personalId === chosen);
  const picker = (
    <label className="field">
      <span>{L('Xem như công dân (dữ liệu mẫu)', 'Preview as citizen (demo data)')}</span>
      <select
        value={chosen}
        data-testid="preview-citizen"
        onChange={(e) => {
          setChosen(e.target.value);
          onPick();
        }}
      >
        <option value="">{L('— không đăng nhập —', '— not signed in —')}</option>
        {citizens.map((c) => (
          <option key={c.personalId} value={c.personalId}>
            {nameOf(c)} ({c.personalId})
          </option>
        ))}
      </select>
    </label>
  );
  return [citizen, picker];
}
