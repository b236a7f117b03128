/**
 * What a citizen will see, computed in the browser by the same core the API runs: the generated
 * form for the chosen channel and date, and the fee calculator over the answers typed into it.
 */

import type { IChangeEvent } from '@rjsf/core';
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import { feesComputable } from '../../../functions/core/designer/fee-rules';
import {
  type Channel,
  compileProcedure,
  generateForm,
  quoteFees,
  resolveReuse,
} from '../../../functions/core/index';
import type { CitizenData, Procedure } from '../../../functions/core/types';
import { catalogContext, registryName } from '../catalog-context';
import { useText } from '../i18n/lang';
import { channelName } from '../portal/describe';
import { DateText } from '../ui/date-text';
import { FeeQuoteView } from '../ui/fee-quote-view';
import { useDemoCitizen } from './designer/demo-citizen-picker';
import { compileFailure } from './live-check/live-check-result';
import { labelsToUi } from './preview-labels';
import { previewValidator } from './preview-validator';
import { shareStructure } from './share-structure';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

/**
 * Compiles the definition for the preview, without the answers validator (the preview never
 * validates; the Ajv compile of a large form is most of the cost of a keystroke). A definition
 * that cannot compile yields the reason instead.
 */
function compile(definition: Procedure) {
  try {
    return { compiled: compileProcedure(definition, catalogContext, { answers: 'lazy' }), error: null };
  } catch (error) {
    return { compiled: null, error: compileFailure(error) };
  }
}

/**
 * `value` sharing the objects of the previous render's value wherever they are equal, so what is
 * derived from its unchanged parts (compiled conditions, rjsf's fields) is reused.
 */
function useShared<T>(value: T): T {
  const last = useRef<T>(value);
  return useMemo(() => {
    last.current = shareStructure(last.current, value);
    return last.current;
  }, [value]);
}

/**
 * The citizen's form in the preview. Memoised: the editor re-renders on every keystroke (and
 * again when the live check reports), while the form's own inputs change only when the deferred
 * definition, the answers or the language do; rjsf then does not compare and re-render the
 * whole form for renders that change nothing in it.
 */
const PreviewForm = memo(function PreviewForm({
  schema,
  uiSchema,
  answers,
  onAnswers,
  note,
}: {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  answers: Record<string, unknown>;
  onAnswers: (answers: Record<string, unknown>) => void;
  note: string;
}) {
  return (
    <Form
      schema={schema}
      uiSchema={uiSchema}
      formData={answers}
      validator={previewValidator}
      noHtml5Validate
      noValidate
      showErrorList={false}
      onChange={(e: IChangeEvent) => onAnswers((e.formData ?? {}) as Record<string, unknown>)}
    >
      <p className="small muted">{note}</p>
    </Form>
  );
});

/** What "Lưu thành ca kiểm thử" takes from the preview. */
export interface PreviewSnapshot {
  channel: Channel;
  date: string;
  answers: Record<string, unknown>;
  citizen?: CitizenData;
}

/** Preview + calculator for the definition being edited. */
export function LivePreview({
  definition,
  compileError = null,
  onSaveTestCase,
}: {
  definition: Procedure;
  /** What the full (off-thread) compile found wrong, e.g. a form schema Ajv refuses. */
  compileError?: { vi: string; en: string } | null;
  onSaveTestCase?(snapshot: PreviewSnapshot): void;
}) {
  const { L, tx } = useText();
  // Compiling builds Ajv validators; let typing stay smooth and catch up a moment later.
  // Each keystroke in the designer makes a new definition; its unchanged parts keep their identity.
  const deferred = useShared(useDeferredValue(definition));
  const { compiled: quick, error: quickError } = useMemo(() => compile(deferred), [deferred]);
  // As before the quick compile: a definition that does not compile shows why instead of a form.
  const error = quickError ?? compileError;
  const compiled = error ? null : quick;
  const channels = (deferred.channels ?? []).map((c) => c.channel as Channel);
  const [channelChoice, setChannel] = useState<Channel>('online');
  const channel = channels.includes(channelChoice) ? channelChoice : (channels[0] ?? 'online');
  const [date, setDate] = useState(today);
  const [typed, setAnswers] = useState<Record<string, unknown>>({});
  // A new demo citizen starts the answers again from that citizen's prefilled values.
  const [citizen, citizenPicker] = useDemoCitizen(() => setAnswers({}));

  const generated = useMemo(() => {
    if (!compiled) return null;
    try {
      return generateForm(compiled, { channel, date, citizen });
    } catch {
      return null;
    }
  }, [compiled, channel, date, citizen]);
  const answers = useMemo(() => ({ ...generated?.formData, ...typed }), [generated, typed]);
  // rjsf gets the labels through the uiSchema: typing a label leaves the schema (and so every
  // other field) untouched, and only the edited field re-renders (preview-labels.ts).
  const display = useShared(
    useMemo(() => {
      if (!generated) return null;
      const [schema, uiSchema] = labelsToUi(generated.schema, generated.uiSchema);
      return { schema, uiSchema };
    }, [generated]),
  );
  // Which documents apply depends on the answers (e.g. "has a hospital birth certificate").
  const documents = useMemo(() => {
    if (!compiled) return [];
    try {
      return resolveReuse(compiled, answers, channel, date).documents;
    } catch {
      return generated?.documents ?? [];
    }
  }, [compiled, answers, channel, date, generated]);
  // A cleared or negative amount is refused on the fees tab; quoting it would show a made-up total.
  const computable = useMemo(() => feesComputable(deferred), [deferred]);
  const quote = useMemo(() => {
    if (!compiled || !computable) return null;
    try {
      return quoteFees(compiled, answers, channel, date);
    } catch {
      return null;
    }
  }, [compiled, computable, answers, channel, date]);

  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{L('Xem trước biểu mẫu của người dân', 'Citizen form preview')}</h2>
      <div className="row wrap">
        <label className="field">
          <span>{L('Cách thức nộp', 'Channel')}</span>
          <select
            value={channel}
            onChange={(e) => setChannel(e.target.value as Channel)}
            data-testid="calc-channel"
          >
            {channels.map((c) => (
              <option key={c} value={c}>
                {tx(channelName(c))}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{L('Ngày nộp', 'Filing date')}</span>
          <DateText
            value={date}
            // only a whole date moves the calculator; a half-typed one waits in the box
            onChange={(v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && setDate(v)}
            data-testid="calc-date"
          />
        </label>
        {citizenPicker}
      </div>
      {error && (
        <div className="alert error" role="alert">
          <p>
            {L(
              'Chưa tạo được biểu mẫu từ định nghĩa này:',
              'The form cannot be generated from this definition:',
            )}
          </p>
          <p>{tx(error)}</p>
        </div>
      )}
      <section aria-labelledby="calc-title" className="calculator">
        <h3 id="calc-title">{L('Tính phí, lệ phí', 'Fee calculator')}</h3>
        {quote && <FeeQuoteView quote={quote} />}
        {onSaveTestCase && compiled && (
          <button type="button" onClick={() => onSaveTestCase({ channel, date, answers, citizen })}>
            {L('Lưu thành ca kiểm thử', 'Save as a test case')}
          </button>
        )}
        {!computable && (
          <p className="alert" role="status" data-testid="calc-paused">
            {L(
              'Chưa tính được phí: có mức thu chưa hợp lệ ở thẻ "Cách thức & phí".',
              'Fees cannot be computed: an amount on the "Channels & fees" tab is not valid.',
            )}
          </p>
        )}
      </section>
      {generated && (
        <>
          {documents.length > 0 && (
            <ul className="docs small">
              {documents.map((d) => (
                <li key={d.id}>
                  {tx(d.name)} —{' '}
                  {d.status === 'upload'
                    ? L('tải lên', 'upload')
                    : d.status === 'form'
                      ? L('tờ khai điện tử', 'e-form')
                      : d.status === 'present'
                        ? L('xuất trình', 'show only')
                        : `${L('có thể lấy từ', 'may come from')} ${tx(registryName('sources', d.source))}`}
                </li>
              ))}
            </ul>
          )}
          <div className="preview-form">
            <PreviewForm
              schema={display?.schema as RJSFSchema}
              uiSchema={display?.uiSchema as UiSchema}
              answers={answers}
              onAnswers={setAnswers}
              note={L(
                'Bản xem trước — nhập thử để xem phí thay đổi.',
                'Preview only — type answers to see the fee change.',
              )}
            />
          </div>
        </>
      )}
    </section>
  );
}
