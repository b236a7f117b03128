/**
 * Officer sign-in: Cognito's hosted UI (OpenID Connect) when /config.json names it — also the
 * dev IdP locally with LOCAL_OIDC=1 — otherwise the demo officers or a typed username.
 */
import { type FormEvent, useState } from 'react';
import { loadDemoAccounts } from '../api/demo-accounts';
import { loadOidcClient } from '../api/oidc';
import { useDevSignIn } from '../api/use-dev-sign-in';
import { useText } from '../i18n/lang';
import { ErrorBox } from '../ui/feedback';
import { OidcSignIn } from '../ui/oidc-sign-in';
import { useAsync } from '../ui/use-async';

/** The sign-in card of the builder. */
export function OfficerSignIn() {
  const { L } = useText();
  const oidc = useAsync(() => loadOidcClient('officer'), []);
  const accounts = useAsync(loadDemoAccounts, []);
  const [username, setUsername] = useState('');
  const { error, busy, signIn } = useDevSignIn('officer');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(username.trim());
  };
  const title = (
    <h1 id="officer-signin">{L('Đăng nhập cán bộ kiểm soát TTHC', 'Procedure-control officer sign-in')}</h1>
  );
  if (oidc.data) {
    return (
      <section className="card signin" aria-labelledby="officer-signin">
        {title}
        <OidcSignIn
          client={oidc.data}
          hint={L(
            'Đăng nhập bằng tài khoản cán bộ do cơ quan cấp.',
            'Sign in with the officer account your agency gave you.',
          )}
        />
      </section>
    );
  }
  return (
    <section className="card signin" aria-labelledby="officer-signin">
      {title}
      <p className="small muted">
        {L('Bản thử nghiệm: chọn một cán bộ mẫu.', 'Demo: pick a sample officer.')}
      </p>
      <ul className="accounts">
        {(accounts.data?.officers ?? []).map((o) => (
          <li key={o.id}>
            <button type="button" disabled={busy} onClick={() => void signIn(o.id)} data-username={o.id}>
              <strong>{o.id}</strong> <span className="muted">{o.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="row">
        <label className="field grow">
          <span>{L('Tên đăng nhập', 'Username')}</span>
          <input autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={busy || username.trim() === ''}>
          {L('Đăng nhập', 'Sign in')}
        </button>
      </form>
      <ErrorBox error={error} />
    </section>
  );
}
