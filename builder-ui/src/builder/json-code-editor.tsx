/**
 * The expert JSON view of the whole procedure: CodeMirror 6 with line numbers, JSON colouring and
 * findings at their line (syntax in Vietnamese, then the format's schema). Loaded lazily: only an
 * officer who opens this tab downloads the editor. Kept in sync both ways: edits that parse become
 * the definition; a change made by the visual editors replaces the text.
 */
import { json } from '@codemirror/lang-json';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';
import { useText } from '../i18n/lang';
import { jsonDiagnostics } from './json-diagnostics';
import { countJsonInput } from './json-input-counter';

interface Props {
  value: unknown;
  onChange(value: unknown): void;
  readOnly: boolean;
  label: string;
}

const same = (text: string, value: unknown) => {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
};

/** Default export for React.lazy. */
export default function JsonCodeEditor({ value, onChange, readOnly, label }: Props) {
  const { lang } = useText();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The callbacks change every render; the editor is built once and reads the latest through refs.
  const latest = useRef({ onChange, lang });
  latest.current = { onChange, lang };

  // biome-ignore lint/correctness/useExhaustiveDependencies: built once per mount; value syncs below
  useEffect(() => {
    const lint = linter(
      (v): Diagnostic[] =>
        jsonDiagnostics(v.state.doc.toString()).diagnostics.map((d) => ({
          from: Math.min(d.from, v.state.doc.length),
          to: Math.min(d.to, v.state.doc.length),
          severity: d.severity,
          message: latest.current.lang === 'en' && d.message.en ? d.message.en : d.message.vi,
        })),
      { delay: 300 },
    );
    const editor = new EditorView({
      doc: JSON.stringify(value, null, 2),
      parent: host.current!,
      extensions: [
        basicSetup,
        json(),
        lint,
        lintGutter(),
        EditorView.editable.of(!readOnly),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          if (update.transactions.some((tr) => tr.annotation(Transaction.userEvent) !== undefined))
            countJsonInput();
          const parsed = jsonDiagnostics(update.state.doc.toString()).value;
          if (parsed !== undefined) latest.current.onChange(parsed);
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [readOnly]);

  // A visual editor changed the definition: show it, unless the text already says the same.
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const text = editor.state.doc.toString();
    if (same(text, value)) return;
    editor.dispatch({ changes: { from: 0, to: text.length, insert: JSON.stringify(value, null, 2) } });
  }, [value]);

  return <div className="json-code" ref={host} data-testid="json-code-editor" />;
}
