import { Hono } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { describe, expect, it, vi } from 'vitest';
import { ConflictError, ValidationFailedError } from '../../functions/errors';
import { bodyLimit, notFound, onError, readJson } from '../../functions/http';

function app(): Hono {
  const a = new Hono();
  a.onError(onError);
  a.notFound(notFound);
  a.post('/echo', bodyLimit(64), async (c) => c.json(await readJson(c)));
  a.post('/raw-limit', honoBodyLimit({ maxSize: 8 }), (c) => c.text('ok'));
  a.get('/conflict', () => {
    throw new ConflictError('procedure.revision-conflict', { vi: 'Xung đột.', en: 'Conflict.' });
  });
  a.get('/invalid', () => {
    throw new ValidationFailedError([
      { path: '/hoTen', code: 'answers.required', message: { vi: 'Bắt buộc.', en: 'Required.' } },
    ]);
  });
  a.get('/boom', () => {
    throw new Error('secret database password in message');
  });
  return a;
}

const post = (body: string) =>
  app().request('/echo', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('problem details', () => {
  it('answers malformed JSON with 400 request.malformed-json in both languages', async () => {
    const res = await post('{"a":');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body).toMatchObject({ status: 400, code: 'request.malformed-json', title: 'Bad Request' });
    expect(body.messages.vi).toContain('JSON');
    expect(body.messages.en).toContain('not valid JSON');
  });

  it('rejects a JSON body that is not an object', async () => {
    expect(await (await post('[1,2]')).json()).toMatchObject({ status: 400, code: 'request.not-an-object' });
    expect(await (await post('')).json()).toMatchObject({ status: 400, code: 'request.empty-body' });
  });

  it('passes a JSON object through', async () => {
    const res = await post('{"hoTen":"Nguyễn Văn A"}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ hoTen: 'Nguyễn Văn A' });
  });

  it('answers a body over the limit with 413 request.too-large', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(100) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      code: 'request.too-large',
      messages: { vi: expect.stringContaining('64') },
    });
  });

  it('gives hono’s own 413 the same stable code', async () => {
    const res = await app().request('/raw-limit', { method: 'POST', body: 'more than eight bytes' });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      code: 'request.too-large',
      messages: { vi: expect.any(String) },
    });
  });

  it('maps app errors to their status and keeps the core errors on 422', async () => {
    const conflict = await app().request('/conflict');
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({
      code: 'procedure.revision-conflict',
      messages: { vi: 'Xung đột.' },
    });
    const invalid = await app().request('/invalid');
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).errors).toEqual([
      { path: '/hoTen', code: 'answers.required', message: { vi: 'Bắt buộc.', en: 'Required.' } },
    ]);
  });

  it('hides unknown errors behind a generic 500 and logs them', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await app().request('/boom');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('secret');
      expect(text).not.toContain('at ');
      expect(JSON.parse(text)).toMatchObject({ code: 'internal', messages: { vi: expect.any(String) } });
      expect(log).toHaveBeenCalledWith(expect.stringContaining('secret database password'));
    } finally {
      log.mockRestore();
    }
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await app().request('/nowhere');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'route.not-found' });
  });
});
