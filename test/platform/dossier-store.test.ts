import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DependencyError } from '../../functions/errors';
import type { Dossier, UploadSlot } from '../../functions/ports';
import { countCommands } from '../support/count-commands';
import { injectFault } from '../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestDeps();
});
afterAll(() => t.stop());

function dossier(owner: string, overrides: Partial<Dossier> = {}): Dossier {
  return {
    code: 'HS-2026-PLACEHOLDR',
    owner,
    procedureId: 'dang-ky-khai-sinh',
    procedureVersion: 1,
    channel: 'online',
    answers: { hoTen: 'Nguyễn Văn Bé' },
    documents: [],
    fees: { total: 0 },
    indicators: { online: true },
    status: 'received',
    receivedAt: '2026-11-22T07:00:00.000Z',
    ...overrides,
  };
}

function slot(uploadId: string, owner: string): UploadSlot {
  return {
    uploadId,
    owner,
    procedureId: 'dang-ky-khai-sinh',
    document: 'giay-chung-sinh',
    key: `uploads/${owner}/${uploadId}`,
    contentType: 'application/pdf',
    maxBytes: 1024,
    status: 'pending',
    createdAt: '2026-11-22T07:00:00.000Z',
  };
}

describe('DynamoDB dossier store', () => {
  it('returns the first dossier when the same submission is retried with its idempotency key', async () => {
    const first = await t.deps.dossiers.putDossier(dossier('079190012345'), 'key-1');
    expect(first.created).toBe(true);
    expect(first.dossier.code).toMatch(/^HS-2026-[0-9A-Z]{10}$/);
    const retry = await t.deps.dossiers.putDossier(
      dossier('079190012345', { answers: { hoTen: 'khác' } }),
      'key-1',
    );
    expect(retry).toEqual({ created: false, dossier: first.dossier });
    expect(await t.deps.dossiers.listDossiers('079190012345')).toHaveLength(1);
  });

  it('keeps the same key of two people apart, and refuses a key reused for another procedure', async () => {
    const a = await t.deps.dossiers.putDossier(dossier('001195003456'), 'shared-key');
    const b = await t.deps.dossiers.putDossier(dossier('079088004321'), 'shared-key');
    expect(a.dossier.code).not.toBe(b.dossier.code);
    const reused = t.deps.dossiers.putDossier(
      dossier('001195003456', { procedureId: 'dang-ky-ket-hon' }),
      'shared-key',
    );
    await expect(reused).rejects.toMatchObject({ status: 409, code: 'idempotency.key-reused' });
  });

  it('stores dossiers without a key under their own code, once', async () => {
    const d = dossier('001092006789', { code: 'HS-2026-OWNCODE001' });
    expect((await t.deps.dossiers.putDossier(d, null)).created).toBe(true);
    await expect(t.deps.dossiers.putDossier(d, null)).rejects.toMatchObject({ code: 'dossier.code-taken' });
    expect(await t.deps.dossiers.getDossier('HS-2026-OWNCODE001')).toEqual(d);
    expect(await t.deps.dossiers.getDossier('HS-2026-NOSUCHONE')).toBeNull();
  });

  it('lists a citizen’s dossiers newest first through gsi1', async () => {
    const owner = '079190099999';
    await t.deps.dossiers.putDossier(dossier(owner, { receivedAt: '2026-11-01T00:00:00.000Z' }), 'older');
    await t.deps.dossiers.putDossier(dossier(owner, { receivedAt: '2026-11-20T00:00:00.000Z' }), 'newer');
    const list = await t.deps.dossiers.listDossiers(owner);
    expect(list.map((d) => d.receivedAt)).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-01T00:00:00.000Z']);
  });

  it('writes no dossier when DynamoDB fails, and a retry then succeeds', async () => {
    // A dossier without uploads is one PutItem (see below): that is the write that fails.
    const fault = injectFault(t, { service: 'dynamodb', command: 'PutItemCommand', times: 1 });
    const failed = t.deps.dossiers.putDossier(dossier('079190088888'), 'flaky');
    await expect(failed).rejects.toBeInstanceOf(DependencyError);
    fault.remove();
    expect(await t.deps.dossiers.listDossiers('079190088888')).toEqual([]);
    expect((await t.deps.dossiers.putDossier(dossier('079190088888'), 'flaky')).created).toBe(true);
  });

  it('confirms an upload only for its owner, once', async () => {
    await t.deps.dossiers.putUpload(slot('u-1', '079190012345'));
    await expect(t.deps.dossiers.putUpload(slot('u-1', '079190012345'))).rejects.toMatchObject({
      status: 409,
    });
    await expect(t.deps.dossiers.confirmUpload('u-1', '001195003456', 10)).rejects.toMatchObject({
      status: 403,
      code: 'upload.not-owner',
    });
    await t.deps.dossiers.confirmUpload('u-1', '079190012345', 10);
    // Confirming again with the same size is a harmless retry; another size is a conflict.
    await t.deps.dossiers.confirmUpload('u-1', '079190012345', 10);
    await expect(t.deps.dossiers.confirmUpload('u-1', '079190012345', 11)).rejects.toMatchObject({
      status: 409,
    });
    expect(await t.deps.dossiers.getUpload('u-1')).toMatchObject({ status: 'confirmed', size: 10 });
    await expect(t.deps.dossiers.confirmUpload('u-none', '079190012345', 1)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses the same Idempotency-Key with a different request (another hash): 409 saying so', async () => {
    const owner = '079190077777';
    const first = await t.deps.dossiers.putDossier(dossier(owner), 'hashed', { requestHash: 'aaa' });
    expect(first.created).toBe(true);
    const same = await t.deps.dossiers.putDossier(dossier(owner), 'hashed', { requestHash: 'aaa' });
    expect(same).toEqual({ created: false, dossier: first.dossier });
    const other = t.deps.dossiers.putDossier(dossier(owner), 'hashed', { requestHash: 'bbb' });
    await expect(other).rejects.toMatchObject({ status: 409, code: 'idempotency.key-reused' });
    await expect(other).rejects.toThrow('different content');
    expect(await t.deps.dossiers.findByIdempotencyKey(owner, 'hashed', '2026')).toEqual({
      dossier: first.dossier,
      requestHash: 'aaa',
    });
    expect(await t.deps.dossiers.findByIdempotencyKey(owner, 'never-used', '2026')).toBeNull();
  });

  it('lets one confirmed upload serve one dossier only, marked in the same transaction', async () => {
    const owner = '079190066666';
    await t.deps.dossiers.putUpload(slot('u-once', owner));
    await t.deps.dossiers.confirmUpload('u-once', owner, 10);
    const first = await t.deps.dossiers.putDossier(dossier(owner), 'first', { uploadIds: ['u-once'] });
    expect(await t.deps.dossiers.getUpload('u-once')).toMatchObject({ consumedBy: first.dossier.code });
    const second = t.deps.dossiers.putDossier(dossier(owner), 'second', { uploadIds: ['u-once'] });
    await expect(second).rejects.toMatchObject({ status: 409, code: 'upload.consumed' });
    // Nothing of the refused dossier was written.
    expect(await t.deps.dossiers.findByIdempotencyKey(owner, 'second', '2026')).toBeNull();
    expect(await t.deps.dossiers.listDossiers(owner)).toHaveLength(1);
  });

  it('refuses an upload that is not confirmed or not the owner’s, writing nothing', async () => {
    const owner = '079190055555';
    await t.deps.dossiers.putUpload(slot('u-pending', owner));
    const pending = t.deps.dossiers.putDossier(dossier(owner), 'p', { uploadIds: ['u-pending'] });
    await expect(pending).rejects.toMatchObject({ status: 409, code: 'upload.unusable' });
    const foreign = t.deps.dossiers.putDossier(dossier('001195003456'), 'f', { uploadIds: ['u-1'] });
    await expect(foreign).rejects.toMatchObject({ status: 409, code: 'upload.unusable' });
    expect(await t.deps.dossiers.listDossiers(owner)).toEqual([]);
  });

  it('stores a dossier without uploads in one PutItem, one with uploads in one transaction', async () => {
    const owner = '079190044444';
    const counts = countCommands(t);
    const plain = await t.deps.dossiers.putDossier(dossier(owner), 'one-write', { requestHash: 'h1' });
    expect(plain.created).toBe(true);
    expect(counts.counts).toEqual({ 'dynamodb:PutItemCommand': 1 });
    // the retry is answered from the item the refused write hands back: no further read
    expect(await t.deps.dossiers.putDossier(dossier(owner), 'one-write', { requestHash: 'h1' })).toEqual({
      created: false,
      dossier: plain.dossier,
    });
    expect(counts.counts).toEqual({ 'dynamodb:PutItemCommand': 2 });
    // the request's hash is kept with the dossier but is not part of it
    expect(await t.deps.dossiers.getDossier(plain.dossier.code)).toEqual(plain.dossier);
    expect(plain.dossier).not.toHaveProperty('requestHash');
    await t.deps.dossiers.putUpload(slot('u-tx', owner));
    await t.deps.dossiers.confirmUpload('u-tx', owner, 10);
    counts.remove();
    const inTransaction = countCommands(t);
    await t.deps.dossiers.putDossier(dossier(owner), 'with-upload', { uploadIds: ['u-tx'] });
    expect(inTransaction.counts).toEqual({ 'dynamodb:TransactWriteItemsCommand': 1 });
    inTransaction.remove();
  });

  it('answers a retry on New Year’s day with the dossier filed the year before (a new year, another code)', async () => {
    const owner = '079190033333';
    const filed = await t.deps.dossiers.putDossier(
      dossier(owner, { receivedAt: '2026-12-31T23:59:58.000Z' }),
      'across-midnight',
      { requestHash: 'h' },
    );
    expect(filed.dossier.code).toMatch(/^HS-2026-/);
    const retry = await t.deps.dossiers.putDossier(
      dossier(owner, { receivedAt: '2027-01-01T00:00:03.000Z' }),
      'across-midnight',
      { requestHash: 'h' },
    );
    expect(retry).toEqual({ created: false, dossier: filed.dossier });
    const other = t.deps.dossiers.putDossier(
      dossier(owner, { receivedAt: '2027-01-01T00:00:04.000Z' }),
      'across-midnight',
      { requestHash: 'another request' },
    );
    await expect(other).rejects.toMatchObject({ status: 409, code: 'idempotency.key-reused' });
    expect(await t.deps.dossiers.findByIdempotencyKey(owner, 'across-midnight', '2027')).toEqual({
      dossier: filed.dossier,
      requestHash: 'h',
    });
    expect(await t.deps.dossiers.listDossiers(owner)).toHaveLength(1);
  });
});
