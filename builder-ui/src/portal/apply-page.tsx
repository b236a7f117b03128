/**
 * "Nộp hồ sơ trực tuyến": sign in, fill the generated form (prefilled, locked fields read-only),
 * attach the papers the state does not already hold, watch the fee, submit. Submitting is
 * retry-safe: one idempotency key per dossier attempt, kept until the server confirms.
 */

import type { IChangeEvent } from '@rjsf/core';
import Form from '@rjsf/core';
import { getDefaultFormState, type RJSFSchema, type UiSchema } from '@rjsf/utils';
import { useEffect, useRef, useState } from 'react';
import type { DocumentStatus, GeneratedForm } from '../../../functions/core/types';
import { ApiError, api, newIdempotencyKey } from '../api/client';
import { saveSession, useCitizenSession, useSignOutOnExpiry } from '../api/session';
import { useText } from '../i18n/lang';
import { FeeQuoteView } from '../ui/fee-quote-view';
import { ErrorBox, Loading } from '../ui/feedback';
import { formValidator } from '../ui/rjsf-validator';
import { go, href } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { CitizenSignIn } from './citizen-sign-in';
import { DocumentsSection, type UploadedFile } from './documents-section';
import { type SortedErrors, sortErrors } from './field-errors';
import { lockPrefilled } from './lock-prefilled';
import { pruneAnswers } from './prune-answers';
import { uploadFile } from './upload-file';
import { useLiveQuote } from './use-live-quote';

interface FormResponse extends GeneratedForm {
  procedure: { id: string; code: string; name: { vi: string; en: string }; version: number };
  date: string;
  prefilled: boolean;
}

interface SubmitResponse {
  code: string;
}

/**
 * The uploads to send: files kept for documents the answers no longer call for (or that the state
 * turned out to hold) stay on the page in case the answer changes back, but are not filed.
 */
function currentUploads(uploads: Record<string, UploadedFile>, documents: DocumentStatus[]): string[] {
  return documents.flatMap((d) => {
    const upload = uploads[d.id];
    return d.status === 'upload' && upload ? [upload.uploadId] : [];
  });
}

const keyStorage = (id: string) => `tthc.idempotency.${id}`;

/** Keeps one key per procedure until a dossier is created, so a reload mid-submit cannot duplicate it. */
function attemptKey(id: string): string {
  const stored = sessionStorage.getItem(keyStorage(id));
  if (stored) return stored;
  const key = newIdempotencyKey();
  sessionStorage.setItem(keyStorage(id), key);
  return key;
}

/** The filing page at #/thu-tuc/:id/nop. */
export function ApplyPage({ id }: { id: string }) {
  const { L, tx } = useText();
  const session = useCitizenSession();
  const token = session?.token ?? null;
  const form = useAsync(
    () =>
      token
        ? api<FormResponse>(`/api/forms/${encodeURIComponent(id)}?channel=online`, { token })
        : Promise.resolve(null),
    [id, token],
  );
  useSignOutOnExpiry('citizen', form.error);

  if (!session) {
    return (
      <section>
        <p className="muted small">
          <a href={href('thu-tuc', id)}>{L('‹ Quay lại thủ tục', '‹ Back to the procedure')}</a>
        </p>
        <h1>{L('Nộp hồ sơ trực tuyến', 'Apply online')}</h1>
        <CitizenSignIn />
      </section>
    );
  }
  if (form.loading && !form.data) return <Loading />;
  if (form.error || !form.data) return <ErrorBox error={form.error} />;
  return (
    <section>
      <p className="muted small">
        <a href={href('thu-tuc', id)}>{L('‹ Quay lại thủ tục', '‹ Back to the procedure')}</a>
      </p>
      <h1>{tx(form.data.procedure.name)}</h1>
      <p className="signed-in">
        {L('Người nộp', 'Applicant')}: <strong>{session.principal.name}</strong> (
        {session.principal.personalId}){' '}
        <button type="button" className="link" onClick={() => saveSession('citizen', null)}>
          {L('Đăng xuất', 'Sign out')}
        </button>
      </p>
      <ApplyForm id={id} token={session.token} form={form.data} />
    </section>
  );
}

function ApplyForm({ id, token, form }: { id: string; token: string; form: FormResponse }) {
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
  const summaryRef = useRef<HTMLDivElement>(null);
  // The server's core prices the answers typed so far and says which papers they call for and
  // which of those the state already holds for this citizen.
  const { fees: quote, documents } = useLiveQuote(id, token, answers, {
    fees: form.fees,
    documents: form.documents,
  });

  useEffect(() => {
    if (errors || failure) summaryRef.current?.focus();
  }, [errors, failure]);

  const onUpload = async (document: DocumentStatus, file: File) => {
    const uploadId = await uploadFile(token, id, document.id, file);
    setUploads((u) => ({ ...u, [document.id]: { uploadId, name: file.name, size: file.size } }));
  };

  const submit = async () => {
    setSubmitting(true);
    setErrors(null);
    setFailure(null);
    try {
      const result = await api<SubmitResponse>('/api/submissions', {
        token,
        headers: { 'idempotency-key': attemptKey(id) },
        body: {
          procedureId: id,
          channel: 'online',
          answers: pruneAnswers(answers),
          uploads: currentUploads(uploads, documents),
        },
      });
      sessionStorage.removeItem(keyStorage(id));
      go('ho-so', result.code);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) setErrors(sortErrors(error.errors, lang));
      else setFailure(error);
    } finally {
      setSubmitting(false);
    }
  };

  const uiSchema = lockPrefilled(form.uiSchema, form.prefill, lang) as UiSchema;
  const networkFailure = failure instanceof ApiError && (failure.status === 0 || failure.status >= 500);

  return (
    <>
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {errors && (
          <div className="alert error" role="alert">
            <p>
              {L(
                `Hồ sơ chưa được gửi: có ${errors.count} chỗ cần sửa (đánh dấu bên dưới).`,
                `Not submitted yet: ${errors.count} thing(s) to fix (marked below).`,
              )}
            </p>
            {errors.general.length > 0 && (
              <ul>
                {errors.general.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <ErrorBox error={failure}>
          {networkFailure && (
            <p>
              {L(
                'Bấm "Nộp hồ sơ" lại: hồ sơ sẽ không bị tạo trùng.',
                'Press "Submit" again: the dossier will not be created twice.',
              )}
            </p>
          )}
        </ErrorBox>
      </div>
      <Form
        schema={form.schema as RJSFSchema}
        uiSchema={uiSchema}
        formData={answers}
        validator={formValidator}
        noHtml5Validate
        noValidate
        showErrorList={false}
        extraErrors={errors?.fields}
        experimental_defaultFormStateBehavior={{ emptyObjectFields: 'populateRequiredDefaults' }}
        onChange={(event: IChangeEvent) => setAnswers((event.formData ?? {}) as Record<string, unknown>)}
        onSubmit={() => void submit()}
      >
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
        <p>
          <button type="submit" className="primary big" disabled={submitting}>
            {submitting ? L('Đang gửi…', 'Submitting…') : L('Nộp hồ sơ', 'Submit')}
          </button>
        </p>
        <p className="small muted">{tx({ vi: `Ngày nộp: ${form.date}`, en: `Filing date: ${form.date}` })}</p>
      </Form>
    </>
  );
}
