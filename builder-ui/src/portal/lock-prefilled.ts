/**
 * Locked prefilled fields are read-only and say where their value came from ("Từ CSDL quốc gia về
 * dân cư"), so the citizen knows why they cannot edit them and whom to ask if one is wrong.
 */
import type { PrefillValue } from '../../../functions/core/types';
import { registryName } from '../catalog-registry';
import type { Lang } from '../i18n/lang';

type Ui = Record<string, unknown>;

/** A copy of `uiSchema` with `ui:readonly` and a source note on every prefilled field. */
export function lockPrefilled(uiSchema: Ui, prefill: PrefillValue[], lang: Lang): Ui {
  const copy = structuredClone(uiSchema) as Ui;
  for (const p of prefill) {
    const tokens = p.target
      .split('/')
      .slice(1)
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = copy;
    for (const token of tokens) {
      // rjsf describes every item of an array under `items`.
      const key = /^\d+$/.test(token) ? 'items' : token;
      node[key] = { ...((node[key] as Ui | undefined) ?? {}) };
      node = node[key] as Ui;
    }
    const source = registryName('sources', p.source);
    const sourceText = lang === 'en' && source.en ? source.en : source.vi;
    if (p.locked) {
      node['ui:readonly'] = true;
      node['ui:help'] =
        lang === 'vi'
          ? `Lấy từ ${sourceText} — không sửa được. Nếu sai, liên hệ cơ quan quản lý dữ liệu.`
          : `From ${sourceText} — cannot be changed here. If it is wrong, contact the data owner.`;
    } else if (node['ui:help'] === undefined) {
      node['ui:help'] =
        lang === 'vi'
          ? `Điền sẵn từ ${sourceText}; bạn có thể sửa.`
          : `Filled in from ${sourceText}; you may change it.`;
    }
  }
  return copy;
}
