/**
 * Who may call what: the expected answer of every route for every identity. `allow` means the
 * request got past authentication and authorisation (any status but 401/403/404 and never a 5xx);
 * a number is the exact refusal. Another agency's procedure is 404, exactly like an unknown one.
 * The national reader (`reader N`) holds no writing role, so the rules below refuse it every write.
 */
import type { Identity } from './hostile-env';
import type { Operation } from './routes';

export type Expected = 'allow' | 401 | 403 | 404;

const roleFor: [RegExp, string][] = [
  [/^POST \/api\/admin\/procedures\/\{id\}\/versions$/, 'author'],
  [/^PUT \/api\/admin\/procedures\/\{id\}\/versions\/\{version\}$/, 'author'],
  [/\/submit$/, 'author'],
  [/\/approve$/, 'approver'],
  [/\/send-back$/, 'approver'],
  [/\/publish$/, 'publisher'],
  [/\/retire$/, 'publisher'],
];

export function expected(op: Operation, identity: Identity): Expected {
  const key = `${op.method} ${op.template}`;
  const anonymous = identity === 'anonymous';
  const citizen = identity.startsWith('citizen');
  const [role, agency] = citizen || anonymous ? ['', ''] : identity.split(' ');
  const has = (needed: string) => role === needed || role === 'admin';
  const path = op.template;

  if (path === '/health' || path.startsWith('/dev-idp/')) return 'allow';
  if (path.startsWith('/api/admin/')) {
    if (anonymous) return 401;
    if (citizen) return 403;
    if (key === 'GET /api/admin/procedures') return 'allow';
    // the national reader (agency N) reads what is published anywhere, changes nothing; the
    // procedure routes below name agency X's unpublished draft, which it cannot see (404)
    if (key === 'POST /api/admin/procedures') return has('author') && agency === 'X' ? 'allow' : 403;
    // Templates are what an author copies from: their own agency's procedures and every agency's
    // published ones, so the list is open to any author; another agency's draft is still 404.
    if (key === 'GET /api/admin/templates') return has('author') ? 'allow' : 403;
    if (key === 'GET /api/admin/templates/{id}' && !has('author')) return 403;
    const needed = roleFor.find(([pattern]) => pattern.test(key))?.[1];
    if (needed && !has(needed)) return 403;
    return agency === 'X' ? 'allow' : 404;
  }
  if (path.startsWith('/api/publish/')) {
    if (anonymous) return 401;
    if (citizen) return 403;
    // officers may follow any job; the environment runs none, so the one asked for is unknown
    if (key === 'GET /api/publish/jobs/{jobId}') return 404;
    return key === 'POST /api/publish/releases' && !has('publisher') ? 403 : 'allow';
  }
  if (path.startsWith('/api/catalog')) return 'allow';
  if (path.startsWith('/api/forms/')) return citizen || anonymous ? 'allow' : 403;
  // uploads, submissions, dossiers: signed-in citizens only, and only their own things
  if (anonymous) return 401;
  if (!citizen) return 403;
  if (path.includes('{id}') || path.includes('{code}')) return identity === 'citizen A' ? 'allow' : 404;
  return 'allow';
}

/** The class of an actual status, comparable with `Expected`. */
export function classify(status: number): Expected | 'server-error' {
  if (status >= 500) return 'server-error';
  if (status === 401 || status === 403 || status === 404) return status;
  return 'allow';
}
