/**
 * Pages of the development IdP's OpenID Connect authorize step: the account picker (one form
 * per demo user, posting back with the original request) and the bilingual error page.
 */
import type { Message as Localized } from '../core/types';
import { devIdpStylesPath } from './dev-idp-assets';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** One pickable account: its id (username or personal ID) and what a person reads. */
export interface PickableAccount {
  id: string;
  label: string;
}

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="${devIdpStylesPath}"></head><body>${body}</body></html>`;
}

/**
 * The picker: each account is a small form that posts the authorization request back with the
 * chosen account, so nothing of the request lives in the browser's history but the query.
 */
export function renderAuthorizePage(input: {
  heading: Localized;
  accounts: readonly PickableAccount[];
  params: Record<string, string>;
}): string {
  const hidden = Object.entries(input.params)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const rows = input.accounts
    .map(
      (a) =>
        `<li><form method="post" action="/dev-idp/authorize">${hidden}<input type="hidden" name="account" value="${escapeHtml(a.id)}"><button type="submit" data-account="${escapeHtml(a.id)}">${escapeHtml(a.id)}</button> ${escapeHtml(a.label)}</form></li>`,
    )
    .join('');
  const title = `${escapeHtml(input.heading.vi)} / ${escapeHtml(input.heading.en)}`;
  return layout(
    title,
    `<h1>${escapeHtml(input.heading.vi)} <small>(${escapeHtml(input.heading.en)})</small></h1>
<p>Máy chủ định danh thử nghiệm — chỉ dùng ở chế độ cục bộ. / Development identity provider — local mode only.</p>
<p>Chọn tài khoản để đăng nhập: / Choose an account to sign in:</p><ul>${rows}</ul>`,
  );
}

/** The page shown instead of redirecting when the request itself is unusable. */
export function renderAuthorizeError(message: Localized): string {
  return layout(
    'Yêu cầu đăng nhập không hợp lệ / Invalid sign-in request',
    `<h1>Yêu cầu đăng nhập không hợp lệ <small>(Invalid sign-in request)</small></h1>
<p lang="vi" data-testid="error-vi">${escapeHtml(message.vi)}</p><p lang="en" data-testid="error-en">${escapeHtml(message.en)}</p>`,
  );
}
