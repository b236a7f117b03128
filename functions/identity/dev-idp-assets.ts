/**
 * The dev IdP pages' style and script as files, not inline: its pages then run under a CSP with
 * no 'unsafe-inline' like the rest of the site (and a page that parses them, like the builder's
 * demo-account list, trips no violation).
 */
export const devIdpStyles = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
li{margin:.4rem 0}button{font:inherit;padding:.3rem .7rem;cursor:pointer}textarea{width:100%;height:8rem}
`;

/** The sign-in page's click handler: fetch a token for the demo user and show it. */
export const devIdpSignInScript = `document.addEventListener('click', async (e) => {
  const b = e.target.closest('button'); if (!b) return;
  const body = b.dataset.kind === 'officers' ? { username: b.dataset.id } : { personalId: b.dataset.id };
  const res = await fetch('/dev-idp/' + b.dataset.kind + '/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json();
  document.getElementById('token').value = json.token || JSON.stringify(json, null, 2);
  if (json.token) localStorage.setItem(b.dataset.kind === 'officers' ? 'tthc.officerToken' : 'tthc.citizenToken', json.token);
});
`;

export const devIdpStylesPath = '/dev-idp/assets/page.css';
export const devIdpScriptPath = '/dev-idp/assets/sign-in.js';
