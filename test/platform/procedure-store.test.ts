import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, DependencyError } from '../../functions/errors';
import type { ProcedureHead, ProcedureVersion } from '../../functions/ports';
import { injectFault } from '../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestDeps();
});
afterAll(() => t.stop());

function version(id: string, overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  const at = '2026-11-22T00:00:00.000Z';
  return {
    procedureId: id,
    version: 1,
    status: 'draft',
    agency: 'ubnd-phuong-sai-gon',
    // The store treats the definition as opaque data; a small stand-in keeps the test readable.
    definition: {
      id,
      name: { vi: 'Thủ tục thử', en: 'Test procedure' },
    } as unknown as ProcedureVersion['definition'],
    revision: 1,
    createdAt: at,
    createdBy: 'author.saigon',
    updatedAt: at,
    updatedBy: 'author.saigon',
    ...overrides,
  };
}

function head(id: string, agency: string, revision = 1): ProcedureHead {
  return {
    procedureId: id,
    agency,
    code: '1.000001',
    name: { vi: 'Thủ tục thử', en: 'Test procedure' },
    field: 'ho-tich',
    level: 'xa',
    onlineLevel: 'partial',
    latestVersion: 1,
    publishedVersion: null,
    status: 'draft',
    revision,
    updatedAt: '2026-11-22T00:00:00.000Z',
  };
}

describe('DynamoDB procedure store', () => {
  it('stores a version once and reads it back', async () => {
    await t.deps.procedures.putNewVersion(version('p-create'));
    expect((await t.deps.procedures.getVersion('p-create', 1))?.definition).toEqual({
      id: 'p-create',
      name: { vi: 'Thủ tục thử', en: 'Test procedure' },
    });
    await expect(t.deps.procedures.putNewVersion(version('p-create'))).rejects.toBeInstanceOf(ConflictError);
  });

  it('keeps the order of a form’s fields exactly as written (z, a, m)', async () => {
    const definition = {
      id: 'p-order',
      form: {
        schema: {
          type: 'object',
          properties: { z: { type: 'string' }, a: { type: 'integer' }, m: { type: 'boolean' } },
          required: ['z', 'm'],
        },
      },
    } as unknown as ProcedureVersion['definition'];
    await t.deps.procedures.putNewVersion(version('p-order', { definition }));
    // The form's JSON Schema as the store gave it back (the test definition is a stand-in).
    const schemaOf = (v: ProcedureVersion | null | undefined) =>
      (v?.definition as unknown as { form: { schema: { properties: object } } } | undefined)?.form.schema;
    const propertyOrder = (v: ProcedureVersion | null | undefined) =>
      Object.keys(schemaOf(v)?.properties ?? {});
    const read = await t.deps.procedures.getVersion('p-order', 1);
    expect(read?.definition).toEqual(definition);
    expect(propertyOrder(read)).toEqual(['z', 'a', 'm']);
    expect(Object.keys(schemaOf(read) ?? {})).toEqual(['type', 'properties', 'required']);
    expect(propertyOrder((await t.deps.procedures.listVersions('p-order'))[0])).toEqual(['z', 'a', 'm']);
    // DynamoDB promises no key order for maps (an emulator may happen to keep it), so the definition is text.
    const raw = await t.clients.dynamodb.send(
      new GetItemCommand({
        TableName: t.config.tables.procedures,
        Key: { pk: { S: 'PROC#p-order' }, sk: { S: 'V#000001' } },
      }),
    );
    expect(raw.Item?.definition?.S).toBe(JSON.stringify(definition));
  });

  it('still reads a version written before, with its definition stored as a map, and can update it', async () => {
    const old = version('p-legacy');
    await t.clients.dynamodb.send(
      new PutItemCommand({
        TableName: t.config.tables.procedures,
        Item: marshall({ ...old, pk: 'PROC#p-legacy', sk: 'V#000001' }, { removeUndefinedValues: true }),
      }),
    );
    expect(await t.deps.procedures.getVersion('p-legacy', 1)).toEqual(old);
    expect(await t.deps.procedures.listVersions('p-legacy')).toEqual([old]);
    await t.deps.procedures.updateVersion(version('p-legacy', { revision: 2, reviewComment: 'ok' }), 1);
    expect(await t.deps.procedures.getVersion('p-legacy', 1)).toEqual(
      version('p-legacy', { revision: 2, reviewComment: 'ok' }),
    );
  });

  it('rejects an update naming a stale revision with 409 and keeps the winner', async () => {
    await t.deps.procedures.putNewVersion(version('p-race'));
    await t.deps.procedures.updateVersion(version('p-race', { revision: 2, reviewComment: 'first' }), 1);
    const stale = t.deps.procedures.updateVersion(
      version('p-race', { revision: 2, reviewComment: 'second' }),
      1,
    );
    await expect(stale).rejects.toMatchObject({ status: 409, code: 'procedure.revision-conflict' });
    expect((await t.deps.procedures.getVersion('p-race', 1))?.reviewComment).toBe('first');
  });

  it('creates a head only once and lists heads by agency through gsi1', async () => {
    await t.deps.procedures.putHead(head('p-a', 'ubnd-phuong-sai-gon'), null);
    await t.deps.procedures.putHead(head('p-b', 'ubnd-phuong-hoan-kiem'), null);
    await expect(t.deps.procedures.putHead(head('p-a', 'ubnd-phuong-sai-gon'), null)).rejects.toBeInstanceOf(
      ConflictError,
    );
    await t.deps.procedures.putHead(head('p-a', 'ubnd-phuong-sai-gon', 2), 1);
    const saigon = await t.deps.procedures.listHeads({ agency: 'ubnd-phuong-sai-gon' });
    expect(saigon.map((h) => [h.procedureId, h.revision])).toEqual([['p-a', 2]]);
    const all = await t.deps.procedures.listHeads();
    expect(all.map((h) => h.procedureId)).toEqual(expect.arrayContaining(['p-a', 'p-b']));
  });

  it('lists versions in order', async () => {
    for (const v of [1, 2, 10]) await t.deps.procedures.putNewVersion(version('p-many', { version: v }));
    expect((await t.deps.procedures.listVersions('p-many')).map((v) => v.version)).toEqual([1, 2, 10]);
  });

  it('turns a DynamoDB outage into a 503 dependency error and writes nothing', async () => {
    const fault = injectFault(t, { service: 'dynamodb', command: 'PutItemCommand' });
    try {
      await expect(t.deps.procedures.putNewVersion(version('p-down'))).rejects.toBeInstanceOf(
        DependencyError,
      );
    } finally {
      fault.remove();
    }
    expect(fault.failures).toBe(1);
    expect(await t.deps.procedures.getVersion('p-down', 1)).toBeNull();
  });
});
