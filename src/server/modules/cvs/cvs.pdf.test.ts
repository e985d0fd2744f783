// The CV's PDF: in the CV's language with Kazakh letters, photo embedded, a Kazakh file name, the same bytes each time,
// and an employer's copy without the contacts.
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, type TestApp } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { CvView } from '../../../shared/api/cvs';
import type { Db } from '../../platform/db/database';
import { makePng, registerSeekerAtCentre, sampleCv, sampleJpeg } from './cvs.fixtures';

let db: Db;
let world: TestWorld;
let built: TestApp;
let seeker: Caller;
let employer: Caller;
let centre: Caller;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  built = await buildTestApp(db);
  seeker = await logIn(built.app, 'seeker@test.kz');
  employer = await logIn(built.app, 'employer.a@test.kz');
  centre = await logIn(built.app, 'assistance.astana@test.kz');
  await db
    .updateTable('users')
    .set({ full_name: 'Айгүл Нұрланқызы Сәтбаева' })
    .where('id', '=', world.users.seeker)
    .execute();
  await registerSeekerAtCentre(db, {
    seekerId: world.users.seeker,
    centreId: world.centres.astana,
    now: built.clock.now(),
  });
  const consent = await built.app.inject({
    method: 'PUT',
    url: '/api/seekers/me/consent',
    headers: seeker.headers,
    payload: { cvVisibility: 'employers', region: 'astana', district: '711210000' },
  });
  expect(consent.statusCode, consent.body).toBe(200);
});

afterAll(async () => {
  await built.app.close();
});

async function createCv(overrides = {}): Promise<CvView> {
  const response = await built.app.inject({
    method: 'POST',
    url: '/api/cvs',
    headers: seeker.headers,
    payload: sampleCv(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CvView;
}

async function download(cvId: string, caller: Caller) {
  const response = await built.app.inject({ method: 'GET', url: `/api/cvs/${cvId}/pdf`, headers: caller.headers });
  expect(response.statusCode, response.body).toBe(200);
  return { response, bytes: new Uint8Array(response.rawPayload) };
}

async function textOf(bytes: Uint8Array): Promise<string> {
  // pdf.js detaches the buffer it is given.
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the CV as a PDF', () => {
  it('is written in Kazakh when the CV is, with the desired position, experience, education, languages and contacts', async () => {
    const cv = await createCv();
    const { response, bytes } = await download(cv.id, seeker);

    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(String(response.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('Түйіндеме — Айгүл Нұрланқызы Сәтбаева.pdf')}`,
    );
    expect(latin1(bytes.subarray(0, 8))).toBe('%PDF-1.7');

    const text = await textOf(bytes);
    for (const expected of [
      'Айгүл Нұрланқызы Сәтбаева',
      'Бас бухгалтердің көмекшісі',
      'Кәсібі Бухгалтер көмекшісі (3313)',
      'Күтілетін жалақы айына 350 000 ₸',
      'Өңір Астана қаласы',
      'Басқа өңірге көшуге дайын иә',
      'Электрондық пошта seeker@test.kz',
      'Жұмыс тәжірибесі',
      '09.2019 – 05.2023',
      '06.2023 – қазіргі уақытқа дейін',
      '«Сарыарқа Сервис» ЖШС',
      'Білімі',
      'Қазақ экономика, қаржы және халықаралық сауда',
      'Тілдерді меңгеруі',
      'қазақ тілі ана тілі',
      'орыс тілі C1 — жоғары',
      'Türkçe A2 — базалық',
      'Дағдылары',
      '1С: Бухгалтерия, Салық кодексі, Excel',
      'Өзім туралы',
      'Jumys — түйіндеме, 02.03.2026 жаңартылды',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The IIN never goes into a CV.
    const iin = await db
      .selectFrom('users')
      .select('iin')
      .where('id', '=', world.users.seeker)
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(iin.iin!);
  });

  it('speaks Russian or English when the CV is written in that language', async () => {
    const ru = await createCv({ locale: 'ru', desiredPosition: 'Помощник главного бухгалтера', desiredSalary: null });
    const ruText = await textOf((await download(ru.id, seeker)).bytes);
    expect(ruText).toContain('Помощник главного бухгалтера');
    expect(ruText).toContain('Желаемая зарплата по договорённости');
    expect(ruText).toContain('06.2023 – по настоящее время');
    expect(ruText).toContain('казахский родной');
    const ruDownload = await download(ru.id, seeker);
    expect(String(ruDownload.response.headers['content-disposition'])).toContain(
      encodeURIComponent('Резюме — Айгүл Нұрланқызы Сәтбаева.pdf'),
    );

    const en = await createCv({ locale: 'en', desiredPosition: 'Assistant accountant' });
    const enText = await textOf((await download(en.id, seeker)).bytes);
    expect(enText).toContain('Assistant accountant');
    expect(enText).toContain('Desired salary 350 000 ₸ a month');
    expect(enText).toContain('Work experience');
  });

  it('gives the same bytes for the same CV, and new ones after a change', async () => {
    const cv = await createCv();
    const first = await download(cv.id, seeker);
    built.clock.advance(3_600_000);
    const second = await download(cv.id, seeker);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);

    await built.app.inject({
      method: 'PUT',
      url: `/api/cvs/${cv.id}`,
      headers: seeker.headers,
      payload: { version: cv.version, cv: sampleCv({ desiredPosition: 'Аға бухгалтер' }) },
    });
    const changed = await download(cv.id, seeker);
    expect(await textOf(changed.bytes)).toContain('Аға бухгалтер');
  });

  it('embeds the photo when there is one', async () => {
    const withPng = await createCv();
    await built.app.inject({
      method: 'PUT',
      url: `/api/cvs/${withPng.id}/photo`,
      headers: seeker.headers,
      payload: {
        version: withPng.version,
        mediaType: 'image/png',
        dataBase64: Buffer.from(makePng({ colourType: 6, width: 30, height: 40 })).toString('base64'),
      },
    });
    const withJpeg = await createCv();
    await built.app.inject({
      method: 'PUT',
      url: `/api/cvs/${withJpeg.id}/photo`,
      headers: seeker.headers,
      payload: {
        version: withJpeg.version,
        mediaType: 'image/jpeg',
        dataBase64: Buffer.from(sampleJpeg).toString('base64'),
      },
    });
    const without = await createCv();

    expect(latin1((await download(withPng.id, seeker)).bytes)).toMatch(/\/Subtype \/Image/);
    const jpegPdf = latin1((await download(withJpeg.id, seeker)).bytes);
    expect(jpegPdf).toMatch(/\/Filter \/DCTDecode/);
    expect(latin1((await download(without.id, seeker)).bytes)).not.toMatch(/\/Subtype \/Image/);
    expect(await textOf((await download(withJpeg.id, seeker)).bytes)).toContain('Бас бухгалтердің көмекшісі');
  });

  it("an employer's copy leaves the contacts out; the centre's keeps them", async () => {
    const cv = await createCv();
    const employerText = await textOf((await download(cv.id, employer)).bytes);
    expect(employerText).toContain('Бас бухгалтердің көмекшісі');
    expect(employerText).not.toContain('seeker@test.kz');
    expect(employerText).not.toContain('Электрондық пошта');
    const centreText = await textOf((await download(cv.id, centre)).bytes);
    expect(centreText).toContain('Электрондық пошта seeker@test.kz');
  });
});
