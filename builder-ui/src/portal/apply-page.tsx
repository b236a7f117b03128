/**
 * "Nộp hồ sơ trực tuyến": sign in, fill the generated form (prefilled, locked fields read-only),
 * attach the papers the state does not already hold, watch the fee, submit (see apply-form.tsx).
 * Loaded lazily: it brings the form stack (rjsf, Ajv, markdown) the search pages do without.
 */

import { api } from '../api/client';
import { saveSession, useCitizenSession, useSignOutOnExpiry } from '../api/session';
import { useText } from '../i18n/lang';
import { preparePatterns } from '../ui/bundle-swaps/pattern-engine';
import { ErrorBox, Loading } from '../ui/feedback';
import { href } from '../ui/router';
import { useAsync } from '../ui/use-async';
import { ApplyForm } from './apply-form';
import type { FormResponse } from './apply-types';
import { CitizenSignIn } from './citizen-sign-in';

/** The filing page at #/thu-tuc/:id/nop. */
export function ApplyPage({ id }: { id: string }) {
  const { L, tx } = useText();
  const session = useCitizenSession();
  const token = session?.token ?? null;
  const form = useAsync(
    () =>
      token
        ? api<FormResponse>(`/api/forms/${encodeURIComponent(id)}?channel=online`, { token }).then(
            // A form with a `pattern` gets the RE2 engine before the validator compiles it.
            async (form) => {
              await preparePatterns(form.schema);
              return form;
            },
          )
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
