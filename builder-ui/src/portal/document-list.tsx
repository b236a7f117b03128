/**
 * Documents grouped by case, as the catalog declares them (before any reuse is resolved); a
 * document needed only in some case says which, so nobody gathers papers they do not need.
 */

import { isPlaceholderText } from '../../../functions/core/authoring/placeholders';
import type { Procedure } from '../../../functions/core/format/generated/procedure';
import { registryName } from '../catalog-registry';
import { useText } from '../i18n/lang';
import { conditionNotes } from './document-condition';

/** The "Thành phần hồ sơ" list of a procedure. */
export function DocumentList({ procedure }: { procedure: Procedure }) {
  const { L, tx } = useText();
  return (
    <div className="doc-cases">
      {procedure.documentCases
        .map((c) => ({
          ...c,
          // An unnamed document (the officer has not typed it yet) means nothing to a citizen.
          documents: c.documents.filter((d) => !isPlaceholderText(d.name.vi)),
        }))
        .filter((c) => c.documents.length > 0)
        .map((c) => (
          <section key={c.id}>
            <h3>{tx(c.title)}</h3>
            <ul className="docs">
              {c.documents.map((d) => (
                <li key={d.id} data-document={d.id}>
                  <span>{tx(d.name)}</span>
                  <span className="small muted">
                    {' '}
                    — {L('Bản chính', 'Originals')}: {d.originals} · {L('Bản sao', 'Copies')}: {d.copies}
                    {d.required === false ? L(' · không bắt buộc', ' · optional') : ''}
                  </span>
                  {d.template && (
                    <span className="small block">
                      {L('Mẫu', 'Template')}: {d.template.name}
                      {d.template.reference ? ` (${d.template.reference})` : ''}
                    </span>
                  )}
                  {d.submission === 'present' && (
                    <span className="badge">
                      {L('Xuất trình, không phải nộp', 'Show only, not submitted')}
                    </span>
                  )}
                  {(d.reuse ?? []).map((r) => (
                    <span key={`${r.source}-${r.record}`} className="badge ok">
                      {r.mode === 'replace'
                        ? L('Cơ quan tự khai thác từ', 'Fetched by the agency from')
                        : L('Không cần nộp nếu đã có trong', 'Not needed if already in')}{' '}
                      {tx(registryName('sources', r.source))}
                    </span>
                  ))}
                  {conditionNotes(c, d).map((note) => (
                    <span key={note.vi} className="small block condition-note">
                      {tx(note)}
                    </span>
                  ))}
                  {d.note && <span className="small muted block">{tx(d.note)}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
