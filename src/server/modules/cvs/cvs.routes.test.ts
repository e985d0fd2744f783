// A job seeker's own CVs over HTTP: who may call each route, saving with compare-and-set, field errors by path, photos.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf, type TestApp } from '../../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { type CvView, MAX_CVS_PER_SEEKER } from '../../../shared/api/cvs';
import { Role } from '../../../shared/roles';
import type { Db } from '../../platform/db/database';
import { insertUser, makeIin } from '../identity/identity.fixtures';
import { makePng, sampleCv, sampleJpeg } from './cvs.fixtures';

let db: Db;
let world: TestWorld;
let built: TestApp;
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await insertUser(db, {
    login: 'other.seeker@test.kz',
    fullName: 'Нұрлан Ерланұлы Бекенов',
    role: Role.jobSeeker,
    iin: makeIin('1995-08-14', 'male', 41),
    passwordHash: await testPasswordHash(),
  });
  built = await buildTestApp(db);
  for (const [key, login] of Object.entries({
    seeker: 'seeker@test.kz',
    otherSeeker: 'other.seeker@test.kz',
    employer: 'employer.a@test.kz',
    specialist: 'specialist.astana@test.kz',
    assistance: 'assistance.astana@test.kz',
    head: 'head.astana@test.kz',
    analyst: 'analyst.astana@test.kz',
    admin: 'admin@test.kz',
  })) {
    callers[key] = await logIn(built.app, login);
  }
});

afterAll(async () => {
  await built.app.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (
  method: Method,
  url: string,
  who: keyof typeof callers | null,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  built.app.inject({
    method,
    url,
    headers: { ...(who ? callers[who]!.headers : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function createCv(who: keyof typeof callers = 'seeker', overrides = {}): Promise<CvView> {
  const response = await call('POST', '/api/cvs', who, sampleCv(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CvView;
}

const photoOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('who may call the CV routes', () => {
  it('refuses an anonymous caller with 401 on every CV and consent route', async () => {
    const cv = await createCv();
    const routes: [Method, string][] = [
      ['GET', '/api/cvs'],
      ['POST', '/api/cvs'],
      ['GET', '/api/cvs/search'],
      ['GET', `/api/cvs/${cv.id}`],
      ['PUT', `/api/cvs/${cv.id}`],
      ['DELETE', `/api/cvs/${cv.id}`],
      ['PUT', `/api/cvs/${cv.id}/photo`],
      ['DELETE', `/api/cvs/${cv.id}/photo?version=1`],
      ['GET', `/api/cvs/${cv.id}/photo`],
      ['GET', `/api/cvs/${cv.id}/pdf`],
      ['GET', `/api/cvs/${cv.id}/view`],
      ['GET', '/api/seekers/me/consent'],
      ['PUT', '/api/seekers/me/consent'],
    ];
    for (const [method, url] of routes) {
      const response = await call(method, url, null, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect(problemOf(response), `${method} ${url}`).toMatchObject({
        status: 401,
        body: { code: 'auth.unauthenticated' },
      });
    }
  });

  it('refuses employers, centre staff and administrators with 403 on the seeker-only routes', async () => {
    const cv = await createCv();
    const routes: [Method, string, unknown?][] = [
      ['GET', '/api/cvs'],
      ['POST', '/api/cvs', sampleCv()],
      ['GET', `/api/cvs/${cv.id}`],
      ['PUT', `/api/cvs/${cv.id}`, { version: cv.version, cv: sampleCv() }],
      ['DELETE', `/api/cvs/${cv.id}`],
      [
        'PUT',
        `/api/cvs/${cv.id}/photo`,
        { version: cv.version, mediaType: 'image/png', dataBase64: photoOf(makePng()) },
      ],
      ['DELETE', `/api/cvs/${cv.id}/photo?version=${cv.version}`],
      ['GET', '/api/seekers/me/consent'],
      ['PUT', '/api/seekers/me/consent', { cvVisibility: 'employers' }],
    ];
    for (const who of ['employer', 'specialist', 'assistance', 'head', 'analyst', 'admin'] as const) {
      for (const [method, url, payload] of routes) {
        const response = await call(method, url, who, payload);
        expect(problemOf(response), `${method} ${url} as ${who}`).toMatchObject({
          status: 403,
          body: { code: 'auth.forbidden' },
        });
      }
    }
    const unchanged = await call('GET', `/api/cvs/${cv.id}`, 'seeker');
    expect(unchanged.json()).toMatchObject({ version: cv.version, hasPhoto: false });
  });

  it('refuses the search to job seekers and administrators with 403', async () => {
    for (const who of ['seeker', 'admin'] as const) {
      expect(problemOf(await call('GET', '/api/cvs/search', who)).status).toBe(403);
    }
  });

  it("answers 404, never 403, when a seeker reaches for another seeker's CV", async () => {
    const cv = await createCv();
    const routes: [Method, string, unknown?][] = [
      ['GET', `/api/cvs/${cv.id}`],
      ['PUT', `/api/cvs/${cv.id}`, { version: cv.version, cv: sampleCv({ title: 'Ұрланған' }) }],
      ['DELETE', `/api/cvs/${cv.id}`],
      [
        'PUT',
        `/api/cvs/${cv.id}/photo`,
        { version: cv.version, mediaType: 'image/png', dataBase64: photoOf(makePng()) },
      ],
      ['DELETE', `/api/cvs/${cv.id}/photo?version=${cv.version}`],
      ['GET', `/api/cvs/${cv.id}/view`],
      ['GET', `/api/cvs/${cv.id}/pdf`],
    ];
    for (const [method, url, payload] of routes) {
      const response = await call(method, url, 'otherSeeker', payload);
      expect(problemOf(response), `${method} ${url}`).toMatchObject({
        status: 404,
        body: { code: 'record.not_found' },
      });
    }
    const own = await call('GET', `/api/cvs/${cv.id}`, 'seeker');
    expect(own.json()).toMatchObject({ title: cv.title, version: cv.version });
  });

  it('answers 404 to an administrator and to staff of a centre the seeker never approached', async () => {
    const cv = await createCv();
    for (const who of ['admin', 'specialist', 'head'] as const) {
      for (const url of [`/api/cvs/${cv.id}/view`, `/api/cvs/${cv.id}/pdf`]) {
        expect(problemOf(await call('GET', url, who)), `${url} as ${who}`).toMatchObject({
          status: 404,
          body: { code: 'record.not_found' },
        });
      }
    }
  });
});

describe("a seeker's own CVs", () => {
  it('creates a CV with defaults for what the form left out, lists it and reads it back', async () => {
    const response = await call('POST', '/api/cvs', 'otherSeeker', {
      title: 'Менің түйіндемем',
      desiredPosition: 'Аспаз',
      region: 'almaty',
      locale: 'kk',
    });
    expect(response.statusCode).toBe(201);
    const cv = response.json() as CvView;
    expect(cv).toMatchObject({
      title: 'Менің түйіндемем',
      desiredPosition: 'Аспаз',
      occupationCode: null,
      desiredSalary: null,
      willingToRelocate: false,
      experience: [],
      education: [],
      skills: [],
      languages: [],
      about: '',
      locale: 'kk',
      hasPhoto: false,
      version: 1,
      createdAt: '2026-03-02T05:00:00.000Z',
    });

    const list = await call('GET', '/api/cvs', 'otherSeeker');
    expect(list.json()).toMatchObject({ cvVisibility: 'centre', items: [{ id: cv.id, title: 'Менің түйіндемем' }] });
    expect(list.json().items).toHaveLength(1);
    const mine = await call('GET', '/api/cvs', 'seeker');
    expect(mine.json().items.map((i: { id: string }) => i.id)).not.toContain(cv.id);
  });

  it('saves a change with the version it was loaded at, and refuses a stale version with 409 leaving the CV as it was', async () => {
    const cv = await createCv();
    built.clock.advance(60_000);
    const saved = await call('PUT', `/api/cvs/${cv.id}`, 'seeker', {
      version: cv.version,
      cv: sampleCv({ desiredPosition: 'Бас бухгалтер', skills: ['  Excel  ', 'Power BI'] }),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      desiredPosition: 'Бас бухгалтер',
      skills: ['Excel', 'Power BI'],
      version: cv.version + 1,
      updatedAt: new Date(built.clock.now()).toISOString(),
    });

    const stale = await call('PUT', `/api/cvs/${cv.id}`, 'seeker', {
      version: cv.version,
      cv: sampleCv({ desiredPosition: 'Кассир' }),
    });
    expect(problemOf(stale)).toMatchObject({ status: 409, body: { code: 'cvs.changed_elsewhere' } });
    const now = await call('GET', `/api/cvs/${cv.id}`, 'seeker');
    expect(now.json()).toMatchObject({ desiredPosition: 'Бас бухгалтер', version: cv.version + 1 });
  });

  it('deletes a CV: 204, then 404 for it', async () => {
    const cv = await createCv();
    expect((await call('DELETE', `/api/cvs/${cv.id}`, 'seeker')).statusCode).toBe(204);
    expect(problemOf(await call('GET', `/api/cvs/${cv.id}`, 'seeker')).status).toBe(404);
    expect(problemOf(await call('DELETE', `/api/cvs/${cv.id}`, 'seeker')).status).toBe(404);
  });

  it('answers 404 for an unknown id and 400 for an id that is not one', async () => {
    expect(problemOf(await call('GET', '/api/cvs/5b0f7a34-8f39-4c2e-9d1e-6f1a2b3c4d5e', 'seeker')).status).toBe(404);
    expect(problemOf(await call('GET', '/api/cvs/not-an-id', 'seeker'))).toMatchObject({
      status: 400,
      body: { code: 'validation.failed' },
    });
  });

  it(`keeps at most ${MAX_CVS_PER_SEEKER} CVs per seeker`, async () => {
    const seekerId = world.users.seeker;
    const existing = await db.selectFrom('cvs').select('id').where('seeker_id', '=', seekerId).execute();
    for (let i = existing.length; i < MAX_CVS_PER_SEEKER; i++) await createCv();
    const refused = await call('POST', '/api/cvs', 'seeker', sampleCv());
    expect(problemOf(refused)).toMatchObject({ status: 422, body: { code: 'cvs.too_many' } });
    expect(problemOf(refused).body.detail).toContain(String(MAX_CVS_PER_SEEKER));
    const count = await db.selectFrom('cvs').select('id').where('seeker_id', '=', seekerId).execute();
    expect(count).toHaveLength(MAX_CVS_PER_SEEKER);
    // Room again for the tests that follow.
    await db.deleteFrom('cvs').where('seeker_id', '=', seekerId).execute();
  });
});

describe('field errors name the field by its path, in the reader’s language', () => {
  const fieldsOf = (response: { json: () => unknown }) =>
    ((response.json() as { errors?: { field: string; code: string; message: string }[] }).errors ?? []).map(
      (e) => [e.field, e.code] as const,
    );

  it('points at the entry and the field inside it', async () => {
    const cvsBefore = await countRows(db, 'cvs');
    const response = await call(
      'POST',
      '/api/cvs',
      'seeker',
      sampleCv({
        desiredSalary: 1500.5,
        occupationCode: '0000' as '4110',
        experience: [
          { employer: 'А', position: 'Б', from: '2020-13', to: null, duties: '' },
          { employer: 'В', position: 'Г', from: '2021-05', to: '2020-01', duties: '' },
          { employer: '', position: 'Д', from: '2019-01', to: '2019-02', duties: '' },
        ],
        education: [{ institution: 'Колледж', speciality: '', level: 'school' as 'secondary', graduationYear: 1900 }],
        skills: ['Excel', 'excel '],
        languages: [
          { language: 'kk', level: 'native' },
          { language: 'KK', level: 'B3' as 'B2' },
        ],
      }),
    );
    expect(problemOf(response)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    expect(fieldsOf(response)).toEqual(
      expect.arrayContaining([
        ['desiredSalary', 'validation.cv_whole_tenge'],
        ['occupationCode', 'validation.cv_occupation'],
        ['experience.0.from', 'validation.cv_month'],
        ['experience.1.to', 'validation.cv_period_reversed'],
        ['experience.2.employer', 'validation.required'],
        ['education.0.level', 'validation.invalid_value'],
        ['education.0.graduationYear', 'validation.cv_year'],
        ['skills.1', 'validation.cv_repeated'],
        ['languages.1.level', 'validation.invalid_value'],
      ]),
    );
    expect(await countRows(db, 'cvs')).toBe(cvsBefore);
  });

  it('flags repeated languages on the repeated entry', async () => {
    const response = await call(
      'POST',
      '/api/cvs',
      'seeker',
      sampleCv({
        languages: [
          { language: 'kk', level: 'native' },
          { language: 'ru', level: 'B1' },
          { language: 'KK', level: 'C1' },
        ],
      }),
    );
    expect(fieldsOf(response)).toEqual([['languages.2.language', 'validation.cv_repeated']]);
  });

  it('says what is wrong in Kazakh, Russian or English', async () => {
    const bad = sampleCv({ experience: [{ employer: 'А', position: 'Б', from: '2020-1', to: null, duties: '' }] });
    const messages: Record<string, string> = {};
    for (const language of ['kk', 'ru', 'en']) {
      const response = await call('POST', '/api/cvs', 'seeker', bad, { 'accept-language': language });
      const error = (response.json() as { errors: { field: string; message: string }[] }).errors[0]!;
      expect(error.field).toBe('experience.0.from');
      messages[language] = error.message;
    }
    expect(messages).toEqual({
      kk: 'Айды ЖЖЖЖ-АА түрінде көрсетіңіз, мысалы 2024-09.',
      ru: 'Укажите месяц в виде ГГГГ-ММ, например 2024-09.',
      en: 'Enter a month as YYYY-MM, for example 2024-09.',
    });
  });

  it('refuses months that have not come yet (422), by path', async () => {
    const response = await call(
      'POST',
      '/api/cvs',
      'seeker',
      sampleCv({
        experience: [
          { employer: 'А', position: 'Б', from: '2025-01', to: '2026-03', duties: '' },
          { employer: 'В', position: 'Г', from: '2026-04', to: null, duties: '' },
        ],
      }),
    );
    expect(problemOf(response)).toMatchObject({ status: 422, body: { code: 'cvs.invalid' } });
    expect(fieldsOf(response)).toEqual([['experience.1.from', 'validation.cv_month_future']]);
  });

  it('needs a title, a desired position, a region and the CV language', async () => {
    const response = await call('POST', '/api/cvs', 'seeker', { title: '  ' });
    expect(fieldsOf(response)).toEqual(
      expect.arrayContaining([
        ['title', 'validation.required'],
        ['desiredPosition', 'validation.required'],
        ['region', 'validation.required'],
        ['locale', 'validation.required'],
      ]),
    );
  });
});

describe('the photo', () => {
  it('keeps a PNG or JPEG checked by its bytes, moves the version on, and serves it back only to who may see the CV', async () => {
    const cv = await createCv();
    const png = makePng({ width: 6, height: 8 });
    const saved = await call('PUT', `/api/cvs/${cv.id}/photo`, 'seeker', {
      version: cv.version,
      mediaType: 'image/png',
      dataBase64: photoOf(png),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ hasPhoto: true, version: cv.version + 1 });

    const served = await call('GET', `/api/cvs/${cv.id}/photo`, 'seeker');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(new Uint8Array(served.rawPayload)).toEqual(png);
    expect(problemOf(await call('GET', `/api/cvs/${cv.id}/photo`, 'otherSeeker')).status).toBe(404);
    expect(problemOf(await call('GET', `/api/cvs/${cv.id}/photo`, 'employer')).status).toBe(404);

    const jpeg = await call('PUT', `/api/cvs/${cv.id}/photo`, 'seeker', {
      version: cv.version + 1,
      mediaType: 'image/jpeg',
      dataBase64: photoOf(sampleJpeg),
    });
    expect(jpeg.json()).toMatchObject({ hasPhoto: true, version: cv.version + 2 });
    expect((await call('GET', `/api/cvs/${cv.id}/photo`, 'seeker')).headers['content-type']).toBe('image/jpeg');

    const removed = await call('DELETE', `/api/cvs/${cv.id}/photo?version=${cv.version + 2}`, 'seeker');
    expect(removed.json()).toMatchObject({ hasPhoto: false, version: cv.version + 3 });
    expect(problemOf(await call('GET', `/api/cvs/${cv.id}/photo`, 'seeker')).status).toBe(404);
  });

  it('refuses bytes that are not the JPEG or PNG they claim to be, and keeps nothing', async () => {
    const cv = await createCv();
    const attempts = [
      { mediaType: 'image/png', bytes: sampleJpeg, code: 'cvs.photo_not_image' },
      { mediaType: 'image/jpeg', bytes: makePng(), code: 'cvs.photo_not_image' },
      {
        mediaType: 'image/jpeg',
        bytes: new TextEncoder().encode('<html><script>alert(1)</script>'),
        code: 'cvs.photo_not_image',
      },
      { mediaType: 'image/png', bytes: makePng({ colourType: 6, badFilter: true }), code: 'cvs.photo_unreadable' },
      { mediaType: 'image/jpeg', bytes: sampleJpeg.subarray(0, 30), code: 'cvs.photo_unreadable' },
    ];
    for (const { mediaType, bytes, code } of attempts) {
      const response = await call('PUT', `/api/cvs/${cv.id}/photo`, 'seeker', {
        version: cv.version,
        mediaType,
        dataBase64: photoOf(bytes),
      });
      expect(problemOf(response), code).toMatchObject({ status: 422, body: { code } });
      expect((response.json() as { errors: { field: string }[] }).errors[0]?.field).toBe('dataBase64');
    }
    const gif = await call('PUT', `/api/cvs/${cv.id}/photo`, 'seeker', {
      version: cv.version,
      mediaType: 'image/gif',
      dataBase64: photoOf(new TextEncoder().encode('GIF89a')),
    });
    expect(problemOf(gif).status).toBe(400);
    expect((await call('GET', `/api/cvs/${cv.id}`, 'seeker')).json()).toMatchObject({ hasPhoto: false, version: 1 });
  });

  it('takes a photo of almost 2 MB, and refuses one a byte over 2 MB with 413', async () => {
    const cv = await createCv();
    const large = makePng({ width: 790, height: 790, noise: true });
    expect(large.length).toBeGreaterThan(1_800_000);
    expect(large.length).toBeLessThanOrEqual(2_000_000);
    const saved = await call('PUT', `/api/cvs/${cv.id}/photo`, 'seeker', {
      version: cv.version,
      mediaType: 'image/png',
      dataBase64: photoOf(large),
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const tooLarge = new Uint8Array(2_000_001);
    tooLarge.set(large.subarray(0, 64));
    const refused = await call('PUT', `/api/cvs/${cv.id}/photo`, 'seeker', {
      version: cv.version + 1,
      mediaType: 'image/png',
      dataBase64: photoOf(tooLarge),
    });
    expect(problemOf(refused)).toMatchObject({ status: 413, body: { code: 'cvs.photo_too_large' } });
  });

  it('refuses a photo sent for a stale version with 409', async () => {
    const cv = await createCv();
    await call('PUT', `/api/cvs/${cv.id}`, 'seeker', { version: cv.version, cv: sampleCv({ title: 'Жаңа' }) });
    const response = await call('PUT', `/api/cvs/${cv.id}/photo`, 'seeker', {
      version: cv.version,
      mediaType: 'image/png',
      dataBase64: photoOf(makePng()),
    });
    expect(problemOf(response)).toMatchObject({ status: 409, body: { code: 'cvs.changed_elsewhere' } });
    const stale = await call('DELETE', `/api/cvs/${cv.id}/photo?version=${cv.version}`, 'seeker');
    expect(problemOf(stale).status).toBe(409);
  });

  it('refuses a photo sent as raw bytes rather than JSON with 415', async () => {
    const cv = await createCv();
    const response = await built.app.inject({
      method: 'PUT',
      url: `/api/cvs/${cv.id}/photo`,
      headers: { ...callers.seeker!.headers, 'content-type': 'image/png' },
      payload: Buffer.from(makePng()),
    });
    expect(problemOf(response)).toMatchObject({ status: 415, body: { code: 'http.unsupported_media_type' } });
  });
});
