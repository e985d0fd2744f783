// Malformed input and failures become problem+json, localized, without side effects and without leaking internals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { countRows, seedTestWorld } from '../../../tests/support/fixtures';
import { buildTestApp } from '../../../tests/support/test-app';
import { useTestDatabase } from '../../../tests/support/test-database';
import { access } from './auth/access';
import type { Db } from './db/database';
import { DomainError } from './errors';
import type { App } from './http';

let db: Db;
let app: App;

const SECRET = 'connection to 10.0.0.5 refused for user jumys_prod';

/** Rows of the tables a refused request must leave alone. */
const snapshot = async () => ({
  sessions: await countRows(db, 'sessions'),
  audit: await countRows(db, 'audit_log'),
  users: await countRows(db, 'users'),
});

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedTestWorld(db);
  ({ app } = await buildTestApp(db, {
    routes: (a) => {
      a.get('/api/test/crash', { config: { access: access.public } }, async () => {
        throw new Error(SECRET);
      });
      a.get(
        '/api/test/leaky-response',
        { config: { access: access.public }, schema: { response: { 200: z.object({ id: z.uuid() }) } } },
        async () => ({ id: SECRET }) as unknown as { id: string },
      );
      a.get('/api/test/domain', { config: { access: access.public } }, async () => {
        throw new DomainError('workflow.conflict');
      });
    },
  }));
});

afterAll(async () => {
  await app.close();
});

const postLogin = (payload: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('malformed input', () => {
  it('an invalid JSON body answers 400 problem+json http.bad_request and changes nothing', async () => {
    const before = await snapshot();
    const response = await postLogin('{"login": "seeker@test.kz", "password": ');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      type: 'https://jumys.kz/problems/http/bad_request',
      code: 'http.bad_request',
      status: 400,
      detail: 'Запрос не может быть обработан: неверный формат.',
      instance: '/api/auth/login',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('an empty JSON body answers 400 http.bad_request', async () => {
    const response = await postLogin('');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('http.bad_request');
  });

  it('a body failing the schema answers 400 validation.failed naming each field, in Russian by default', async () => {
    const before = await snapshot();
    const response = await postLogin(JSON.stringify({ password: 42 }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({ code: 'validation.failed', status: 400, detail: 'Проверьте заполнение полей.' });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'login', code: 'validation.required', message: 'Заполните это поле.' },
        { field: 'password', code: 'validation.invalid_type', message: 'Неверный формат значения.' },
      ]),
    );
    expect(body.errors).toHaveLength(2);
    expect(await snapshot()).toEqual(before);
  });

  it('the same field errors are in Kazakh with accept-language: kk', async () => {
    const response = await postLogin(JSON.stringify({ login: 'ab', password: '' }), { 'accept-language': 'kk' });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.detail).toBe('Өрістердің толтырылуын тексеріңіз.');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'login', code: 'validation.required', message: 'Бұл өрісті толтырыңыз.' },
        { field: 'password', code: 'validation.required', message: 'Бұл өрісті толтырыңыз.' },
      ]),
    );
  });

  it('a too long value names its limit in the message', async () => {
    const response = await postLogin(JSON.stringify({ login: 'seeker@test.kz', password: 'x'.repeat(201) }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'password', code: 'validation.too_long', message: 'Слишком длинно: не более 200 символов.' },
    ]);
  });

  it('an invalid path parameter answers 400 validation.failed naming it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/organisations/not-a-uuid' });
    // Access is checked first: an anonymous caller learns nothing about the route's parameters.
    expect(response.statusCode).toBe(401);
    const login = await postLogin(JSON.stringify({ login: 'admin@test.kz', password: 'Test-password-1' }));
    const cookie = login.cookies.find((c) => c.name === 'jumys_session')!;
    const signedIn = await app.inject({
      method: 'GET',
      url: '/api/organisations/not-a-uuid',
      headers: { cookie: `jumys_session=${cookie.value}` },
    });
    expect(signedIn.statusCode).toBe(400);
    expect(signedIn.json()).toMatchObject({
      code: 'validation.failed',
      errors: [{ field: 'id', code: 'validation.invalid_id', message: 'Неверный идентификатор.' }],
    });
  });

  it('a text/plain body answers 415 http.unsupported_media_type and changes nothing', async () => {
    const before = await snapshot();
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'login=seeker@test.kz&password=Test-password-1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'http.unsupported_media_type', status: 415 });
    expect(await snapshot()).toEqual(before);
  });

  it('a form-encoded or XML body answers 415 too', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'application/xml']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: 'login=a',
        headers: { 'content-type': type },
      });
      expect(response.statusCode, type).toBe(415);
      expect(response.json().code, type).toBe('http.unsupported_media_type');
    }
  });

  it('a body over 1 MiB answers 413 http.payload_too_large', async () => {
    const before = await snapshot();
    const response = await postLogin(JSON.stringify({ login: 'seeker@test.kz', password: 'x'.repeat(1_100_000) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('http.payload_too_large');
    expect(await snapshot()).toEqual(before);
  });
});

describe('unknown paths and failures', () => {
  it('an unknown /api path answers 404 problem+json http.not_found', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await app.inject({ method, url: '/api/no-such-thing?x=1' });
      expect(response.statusCode, method).toBe(404);
      expect(response.headers['content-type'], method).toMatch(/^application\/problem\+json/);
      expect(response.json(), method).toMatchObject({ code: 'http.not_found', status: 404 });
    }
  });

  it('a route that throws answers 500 internal.error without a stack trace or the error message', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/crash', headers: { 'accept-language': 'kk' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual({
      type: 'https://jumys.kz/problems/internal/error',
      title: expect.any(String),
      status: 500,
      code: 'internal.error',
      detail: 'Ішкі қате. Біз бұл туралы білеміз; кейінірек қайталаңыз.',
      instance: '/api/test/crash',
    });
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toMatch(/\bat .+\.ts:\d+|stack/i);
  });

  it('a response that breaks its own schema answers 500 and does not send the undeclared data', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/leaky-response' });
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('internal.error');
    expect(response.body).not.toContain(SECRET);
  });

  it('a DomainError thrown by a route keeps its code and status', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/domain' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'workflow.conflict',
      title: 'Someone else has changed this record. Reload the page and try again.',
    });
  });

  it('every answer carries a request id, and a caller-supplied one is echoed back', async () => {
    const own = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc-12345678' } });
    expect(own.headers['x-request-id']).toBe('abc-12345678');
    const generated = await app.inject({
      method: 'GET',
      url: '/api/no-such-thing',
      headers: { 'x-request-id': '<x>' },
    });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
