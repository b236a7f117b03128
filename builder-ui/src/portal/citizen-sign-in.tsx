/**
 * Sign-in with the VNeID stand-in: pick a demo citizen (local mode) or type a personal ID.
 * When /config.json names VNeID (or, locally with LOCAL_OIDC=1, the dev IdP) it is an OpenID
 * Connect redirect instead.
 */
import { type FormEvent, useState } from 'react';
import { type DemoAccount, loadDemoAccounts } from '../api/demo-accounts';
import { loadOidcClient } from '../api/oidc';
import { useDevSignIn } from '../api/use-dev-sign-in';
import { useText } from '../i18n/lang';
import { ErrorBox } from '../ui/feedback';
import { OidcSignIn } from '../ui/oidc-sign-in';
import { useAsync } from '../ui/use-async';

/** The sign-in card; stores the session on success. */
export function CitizenSignIn() {
  const { L } = useText();
  const oidc = useAsync(() => loadOidcClient('citizen'), []);
  const accounts = useAsync(loadDemoAccounts, []);
  const [personalId, setPersonalId] = useState('');
  const { error, busy, signIn } = useDevSignIn('citizen');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(personalId.trim());
  };
  const citizens: DemoAccount[] = accounts.data?.citizens ?? [];
  const title = (
    <h2 id="signin-title">{L('Đăng nhập bằng tài khoản định danh điện tử (VNeID)', 'Sign in with VNeID')}</h2>
  );
  if (oidc.data) {
    return (
      <section className="card signin" aria-labelledby="signin-title">
        {title}
        <OidcSignIn
          client={oidc.data}
          hint={L(
            'Bạn sẽ được chuyển tới VNeID để đăng nhập, rồi quay lại đây.',
            'You will be taken to VNeID to sign in, then brought back here.',
          )}
        />
      </section>
    );
  }

  return (
    <section className="card signin" aria-labelledby="signin-title">
      {title}
      <p className="small muted">
        {L(
          'Bản thử nghiệm: chọn một công dân mẫu. Thông tin của bạn sẽ được điền sẵn từ CSDL quốc gia về dân cư.',
          'Demo: pick a sample citizen. Your details are filled in from the national population database.',
        )}
      </p>
      {citizens.length > 0 && (
        <ul className="accounts">
          {citizens.map((c) => (
            <li key={c.id}>
              <button type="button" disabled={busy} onClick={() => void signIn(c.id)} data-personal-id={c.id}>
                <strong>{c.label}</strong> <span className="muted">{c.id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="row">
        <label className="field grow">
          <span>{L('Số định danh cá nhân (12 chữ số)', 'Personal ID number (12 digits)')}</span>
          <input
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9]{12}"
            value={personalId}
            onChange={(e) => setPersonalId(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy || personalId.trim().length === 0}>
          {L('Đăng nhập', 'Sign in')}
        </button>
      </form>
      <ErrorBox error={error} />
    </section>
  );
}
