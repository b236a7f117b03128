/** The one-button sign-in card body used when an OpenID Connect provider is configured. */
import { useState } from 'react';
import { type OidcClient, readOidcError, startOidcSignIn } from '../api/oidc';
import { useText } from '../i18n/lang';
import { ErrorBox } from './feedback';

/** "Đăng nhập" sends the browser to the provider; a failed earlier attempt is shown below it. */
export function OidcSignIn({ client, hint }: { client: OidcClient; hint: string }) {
  const { L } = useText();
  const [error, setError] = useState<unknown>(() => readOidcError(client.kind));
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      await startOidcSignIn(client);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <>
      <p className="small muted">{hint}</p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => void go()}
        data-oidc={client.kind}
      >
        {L('Đăng nhập', 'Sign in')}
      </button>
      <ErrorBox error={error} />
    </>
  );
}
