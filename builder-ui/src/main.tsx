/** Entry point: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { completeOidcSignIn } from './api/oidc';
import { App } from './app';
import { LangProvider } from './i18n/lang';
import './styles.css';

const root = document.getElementById('root');
// Back from the identity provider: finish the sign-in first so the page opens signed in.
if (root) {
  void completeOidcSignIn().finally(() => render(root));
}

function render(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <LangProvider>
        <App />
      </LangProvider>
    </StrictMode>,
  );
}
