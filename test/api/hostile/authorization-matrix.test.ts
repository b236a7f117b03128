/**
 * The routes × identities authorisation matrix (issue 12: "0 of 558 cells wrong" must stay so):
 * every operation of the OpenAPI document called by anonymous, citizens A and B, and each role
 * of agency X and agency Y, through the whole local app on real storage. Printed as a table, then
 * asserted cell by cell; no cell may be a 5xx. Another agency's procedure answers exactly like an
 * unknown one (finding 8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProcedure } from '../admin/sample-procedure';
import { call } from '../submissions/fixtures/http';
import { TRICH_LUC_ID } from '../submissions/fixtures/trich-luc-procedure';
import {
  CITIZEN_B,
  createHostileEnv,
  type HostileEnv,
  identities,
  validSubmission,
} from './support/hostile-env';
import { classify, expected } from './support/matrix-rules';
import { fill, knownValues, type Operation, operations } from './support/routes';

let env: HostileEnv;
beforeAll(async () => {
  env = await createHostileEnv();
}, 120_000);
afterAll(() => env?.stop());

let counter = 0;
/** A body that would be accepted from an allowed caller, so refusals come from authorisation alone. */
function bodyFor(op: Operation): { body?: unknown; headers?: Record<string, string>; query?: string } {
  const key = `${op.method} ${op.template}`;
  counter += 1;
  switch (key) {
    case 'POST /dev-idp/officers/sign-in':
      return { body: { username: 'author.saigon' } };
    case 'POST /dev-idp/vneid/sign-in':
      return { body: { personalId: CITIZEN_B } };
    case 'POST /api/admin/procedures':
      return { body: { definition: sampleProcedure({ id: `ma-tran-${counter}` }) } };
    case 'PUT /api/admin/procedures/{id}/versions/{version}':
      return { body: { definition: sampleProcedure({ id: 'hostile-x' }) } };
    case 'POST /api/admin/procedures/{id}/versions/{version}/send-back':
      return { body: { comment: 'Bổ sung' } };
    case 'GET /api/admin/procedures/{id}/diff':
      return { query: '?from=1&to=1' };
    case 'POST /api/forms/{procedureId}/quote':
      return { body: { channel: 'online', answers: {} } };
    case 'POST /api/uploads':
      return {
        body: {
          procedureId: TRICH_LUC_ID,
          document: 'giay-chung-sinh',
          contentType: 'application/pdf',
          size: 2048,
        },
      };
    case 'POST /api/submissions':
      return {
        body: validSubmission(env.citizenA.name),
        headers: { 'idempotency-key': `ma-tran-${counter}-khoa` },
      };
    default:
      return op.method === 'GET' ? {} : { body: {} };
  }
}

describe('routes × identities', () => {
  it('answers every cell as the rules say, with no 5xx, and prints the table', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(32);
    const rows: string[][] = [];
    const wrong: string[] = [];
    for (const op of ops) {
      const row = [`${op.method} ${op.template}`];
      for (const identity of identities) {
        const { body, headers, query } = bodyFor(op);
        const path = fill(op.template, knownValues(op, env)) + (query ?? '');
        const reply = await call(env.app, op.method, path, {
          token: env.tokens[identity] ?? undefined,
          body,
          headers,
        });
        const want = expected(op, identity);
        const got = classify(reply.status);
        row.push(String(reply.status));
        if (got !== want)
          wrong.push(
            `${row[0]} as ${identity}: expected ${want}, got ${reply.status} ${reply.body?.code ?? ''}`,
          );
      }
      rows.push(row);
    }
    printTable(['route', ...identities], rows);
    console.log(
      `${rows.length} routes × ${identities.length} identities = ${rows.length * identities.length} cells, ${wrong.length} wrong`,
    );
    expect(wrong).toEqual([]);
  }, 240_000);

  it('answers another agency’s procedure exactly like an unknown one, on every procedure route', async () => {
    const procedureRoutes = operations().filter((op) => op.template.startsWith('/api/admin/procedures/{id}'));
    for (const op of procedureRoutes) {
      const { body, query } = bodyFor(op);
      const ask = (id: string) =>
        call(env.app, op.method, fill(op.template, { id, version: '1' }) + (query ?? ''), {
          token: env.tokens['admin Y']!,
          body,
        });
      const foreign = await ask(env.known.draftX);
      const unknown = await ask('khong-ton-tai-x');
      expect(foreign.status, op.template).toBe(404);
      expect(unknown.status, op.template).toBe(404);
      const shape = (b: Record<string, unknown>, id: string) => JSON.stringify(b).replaceAll(id, '<id>');
      expect(shape(foreign.body, env.known.draftX)).toBe(shape(unknown.body, 'khong-ton-tai-x'));
      expect(JSON.stringify(foreign.body)).not.toMatch(/sai-gon|Sài Gòn/);
    }
  });
});

function printTable(header: readonly string[], rows: string[][]) {
  const short = header.map((h, i) =>
    i === 0 ? h : h.replace('approver', 'appr').replace('publisher', 'pub'),
  );
  const widths = short.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log([line(short), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n'));
}
