/** The development sign-in page: lists demo users; a click fetches a token and shows it. */
import type { DemoOfficer } from './dev-idp';
import type { DemoCitizen } from './dev-idp-app';
import { devIdpScriptPath, devIdpStylesPath } from './dev-idp-assets';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Renders the page; all user data is escaped. */
export function renderSignInPage(officers: readonly DemoOfficer[], citizens: readonly DemoCitizen[]): string {
  const officerRows = officers
    .map(
      (o) =>
        `<li><button data-kind="officers" data-id="${escapeHtml(o.username)}">${escapeHtml(o.username)}</button> ${escapeHtml(o.name)} — ${escapeHtml(o.agency)} (${escapeHtml(o.roles.join(', '))})</li>`,
    )
    .join('');
  const citizenRows = citizens
    .map(
      (c) =>
        `<li><button data-kind="vneid" data-id="${escapeHtml(c.personalId)}">${escapeHtml(c.personalId)}</button> ${escapeHtml(c.name)}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập thử nghiệm / Dev sign-in</title>
<link rel="stylesheet" href="${devIdpStylesPath}"><script src="${devIdpScriptPath}" defer></script></head>
<body><h1>Đăng nhập thử nghiệm <small>(development sign-in)</small></h1>
<p>Chỉ dùng ở chế độ cục bộ. / Local mode only.</p>
<h2>Cán bộ / Officers</h2><ul>${officerRows}</ul>
<h2>Công dân (VNeID giả lập) / Citizens (VNeID stand-in)</h2><ul>${citizenRows}</ul>
<h2>Mã thông báo / Token</h2><textarea id="token" readonly></textarea>
</body></html>`;
}
