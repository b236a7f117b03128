/**
 * The generated form, documents, fee and submit. A form whose uiSchema has `ui:pages` is shown one
 * page at a time: "Tiếp tục" checks the page with the core's rules (errors next to the fields,
 * focus on the first), then a "Kiểm tra lại thông tin" page lists every answer with links back,
 * and holds the documents, the fee and the submit button. Without pages it stays one page.
 */
import type { IChangeEvent } from '@rjsf/core';
import { getDefaultFormState, type RJSFSchema, type UiSchema } from '@rjsf/utils';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { formPages, pageOfPath } from '../../../functions/core/form/form-pages';
import { localizeUiSchema } from '../../../functions/core/form/localize-ui-schema';
import { validatePage } from '../../../functions/core/form/validate-page';
import type { DocumentStatus } from '../../../functions/core/types';
import { ApiError, api, type FieldProblem } from '../api/client';
import { formatDate } from '../i18n/format';
import { useText } from '../i18n/lang';
import { CitizenForm } from '../ui/citizen-form';
import { FeeQuoteView } from '../ui/fee-quote-view';
import { PageObjectTemplate } from '../ui/page-object-template';
import { formValidator } from '../ui/rjsf-validator';
import { go } from '../ui/router';
import { attemptKey, currentUploads, endAttempt } from './apply-attempt';
import type { FormResponse } from './apply-types';
import { DocumentsSection, type UploadedFile } from './documents-section';
import { ErrorSummary } from './error-summary';
import { type SortedErrors, sortErrors } from './field-errors';
import { PageButtons, StepHeading } from './form-steps';
import { lockPrefilled } from './lock-prefilled';
import { pruneAnswers } from './prune-answers';
import { uploadFile } from './upload-file';
import { useFormSteps } from './use-form-steps';
import { useLiveQuote } from './use-live-quote';

// "Kiểm tra lại thông tin" comes last: not part of the form's first download (bench:pages), but
// fetched in the background once the form is shown, so it is there when the citizen reaches it.
const loadCheckAnswers = () => import('./check-answers');
const CheckAnswers = lazy(() => loadCheckAnswers().then((m) => ({ default: m.CheckAnswers })));

/** The form of one procedure for the signed-in citizen. */
export function ApplyForm({ id, token, form }: { id: string; token: string; form: FormResponse }) {
  const { L, tx, lang } = useText();
  // Start from the schema's defaults too, so the documents and fees shown before the first
  // keystroke match what the form displays (e.g. "has a birth certificate: yes").
  const [answers, setAnswers] = useState<Record<string, unknown>>(
    () =>
      (getDefaultFormState(formValidator, form.schema as RJSFSchema, form.formData, undefined, false, {
        emptyObjectFields: 'populateRequiredDefaults',
      }) ?? form.formData) as Record<string, unknown>,
  );
  const [uploads, setUploads] = useState<Record<string, UploadedFile>>({});
  const [errors, setErrors] = useState<SortedErrors | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const pages = useMemo(() => formPages(form.schema, form.uiSchema), [form]);
  const paged = pages.length > 1;
  const { step, checking, backToCheck, setBackToCheck, moveTo, headingRef } = useFormSteps(pages);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The server's core prices the answers typed so far and says which papers they call for and
  // which of those the state already holds for this citizen.
  const { fees: quote, documents } = useLiveQuote(id, token, answers, {
    fees: form.fees,
    documents: form.documents,
  });

  const uiSchema = useMemo(() => {
    const localized = lockPrefilled(localizeUiSchema(form.schema, form.uiSchema, lang), form.prefill, lang);
    if (paged) localized['ui:ObjectFieldTemplate'] = PageObjectTemplate;
    return localized as UiSchema;
  }, [form, lang, paged]);

  useEffect(() => {
    void loadCheckAnswers();
  }, []);
  useEffect(() => {
    if (!paged && (errors || failure)) summaryRef.current?.focus();
    if (paged && failure) summaryRef.current?.focus();
  }, [errors, failure, paged]);

  const showProblems = (problems: FieldProblem[]) => {
    setErrors(sortErrors(problems, lang));
    if (!paged) return;
    const first = problems.find((p) => pageOfPath(pages, p.path) >= 0);
    if (first) {
      setBackToCheck(true);
      moveTo(pageOfPath(pages, first.path), first.path);
    }
  };

  const nextPage = () => {
    const page = pages[step];
    if (!page) return;
    const problems = validatePage(form.schema, pruneAnswers(answers), page.fields, form.date);
    if (problems.length > 0) {
      setErrors(sortErrors(problems, lang));
      moveTo(step, problems[0]!.path);
      return;
    }
    setErrors(null);
    moveTo(backToCheck ? pages.length : step + 1);
  };

  const onUpload = async (document: DocumentStatus, file: File) => {
    const uploadId = await uploadFile(token, id, document.id, file);
    setUploads((u) => ({ ...u, [document.id]: { uploadId, name: file.name, size: file.size } }));
    // The "not uploaded yet" error of the last submit no longer applies.
    setErrors((e) => {
      if (!e?.documents[document.id]) return e;
      const { [document.id]: _fixed, ...rest } = e.documents;
      return { ...e, documents: rest };
    });
  };

  const submit = async () => {
    setSubmitting(true);
    setErrors(null);
    setFailure(null);
    try {
      const result = await api<{ code: string }>('/api/submissions', {
        token,
        headers: { 'idempotency-key': attemptKey(id) },
        body: {
          procedureId: id,
          channel: 'online',
          answers: pruneAnswers(answers),
          uploads: currentUploads(uploads, documents),
        },
      });
      endAttempt(id);
      go('ho-so', result.code);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) showProblems(error.errors);
      else setFailure(error);
    } finally {
      setSubmitting(false);
    }
  };

  const documentsAndFee = (
    <>
      <DocumentsSection
        documents={documents}
        uploads={uploads}
        errors={errors?.documents ?? {}}
        onUpload={onUpload}
        onRemove={(doc) =>
          setUploads((u) => {
            const { [doc]: _removed, ...rest } = u;
            return rest;
          })
        }
      />
      <section aria-labelledby="fee-title" className="fee-live">
        <h2 id="fee-title">{L('Phí, lệ phí phải nộp', 'Fees to pay')}</h2>
        <FeeQuoteView quote={quote} />
      </section>
    </>
  );
  const submitButton = (
    <button
      type={checking ? 'button' : 'submit'}
      className="primary big"
      disabled={submitting}
      onClick={checking ? () => void submit() : undefined}
    >
      {submitting ? L('Đang gửi…', 'Submitting…') : L('Nộp hồ sơ', 'Submit')}
    </button>
  );
  const filingDate = (
    <p className="small muted">
      {L('Ngày nộp', 'Filing date')}: {formatDate(form.date, lang)}
    </p>
  );
  const total = pages.length + 1;

  return (
    <>
      {paged && (
        <StepHeading
          step={step}
          total={total}
          title={checking ? L('Kiểm tra lại thông tin', 'Check your answers') : tx(pages[step]?.title)}
          headingRef={headingRef}
        />
      )}
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} paged={paged} checking={checking} />
      {checking ? (
        <>
          <Suspense fallback={<p role="status">{L('Đang tải…', 'Loading…')}</p>}>
            <CheckAnswers
              schema={form.schema}
              uiSchema={uiSchema}
              answers={pruneAnswers(answers)}
              pages={pages}
              onEdit={(page) => {
                setBackToCheck(true);
                moveTo(page);
              }}
            />
          </Suspense>
          {documentsAndFee}
          <p className="row wrap page-buttons">
            {submitButton}
            <button type="button" onClick={() => moveTo(pages.length - 1)}>
              {L('Quay lại', 'Back')}
            </button>
          </p>
          {filingDate}
        </>
      ) : (
        <CitizenForm
          schema={form.schema as RJSFSchema}
          uiSchema={uiSchema}
          formData={answers}
          formContext={{ pageFields: paged ? pages[step]?.fields : undefined }}
          validator={formValidator}
          noHtml5Validate
          noValidate
          showErrorList={false}
          extraErrors={errors?.fields}
          experimental_defaultFormStateBehavior={{ emptyObjectFields: 'populateRequiredDefaults' }}
          onChange={(event: IChangeEvent) => setAnswers((event.formData ?? {}) as Record<string, unknown>)}
          onSubmit={() => (paged ? nextPage() : void submit())}
        >
          {paged ? (
            <PageButtons
              onBack={
                step > 0
                  ? () => {
                      setErrors(null);
                      moveTo(step - 1);
                    }
                  : undefined
              }
            />
          ) : (
            <>
              {documentsAndFee}
              <p>{submitButton}</p>
              {filingDate}
            </>
          )}
        </CitizenForm>
      )}
    </>
  );
}
