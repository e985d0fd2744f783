// An IIN whose birth date is still to come is refused at the edge by the server's own clock, with its own reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedTestWorld } from '../../../tests/support/fixtures';
import { buildTestApp, problemOf, type TestApp } from '../../../tests/support/test-app';
import { useTestDatabase } from '../../../tests/support/test-database';
import { iinSchema } from '../../shared/api/common';
import { computeCheckDigit } from '../../shared/iin-bin';
import { access } from './auth/access';

let test: TestApp;

function iinFor(yymmdd: string, centuryAndSex: number): string {
  for (let serial = 0; serial < 10_000; serial++) {
    const first11 = `${yymmdd}${centuryAndSex}${String(serial).padStart(4, '0')}`;
    const check = computeCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error('no serial gives a check digit');
}

// The test clock starts at 2026-03-02T05:00Z, 10:00 on 2 March in Kazakhstan: someone born on 3 March is not born yet.
const bornTomorrow = iinFor('260303', 5);
const bornToday = iinFor('260302', 6);

beforeAll(async () => {
  const { db } = await useTestDatabase();
  await seedTestWorld(db);
  test = await buildTestApp(db, {
    routes: (app) => {
      app.post(
        '/api/test/people',
        {
          config: { access: access.public },
          schema: { body: z.object({ head: z.object({ iin: iinSchema.optional() }), people: z.array(iinSchema) }) },
        },
        async () => ({ ok: true }),
      );
    },
  });
});

afterAll(async () => {
  await test.app.close();
});

const register = (iin: string, language = 'ru') =>
  test.app.inject({
    method: 'POST',
    url: '/api/accounts/seekers',
    headers: { 'accept-language': language },
    payload: { fullName: 'Асель Нурланова', iin, email: `a${iin}@test.kz`, password: 'Parol-12345', locale: 'ru' },
  });

describe('an IIN born in the future', () => {
  it('is refused on a real route with the reason and the date, distinct from a wrong check digit', async () => {
    const refused = problemOf(await register(bornTomorrow));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'iin',
        code: 'validation.iin_birth_date_future',
        message: 'ИИН указан неверно: дата рождения в нём (2026-03-03) ещё не наступила.',
      },
    ]);
    const english = problemOf(await register(bornTomorrow, 'en'));
    expect(english.body.errors?.[0]).toMatchObject({
      message: 'This IIN is not valid: the birth date it gives (2026-03-03) is still in the future.',
    });
    const typo = problemOf(await register('061211600013'));
    expect(typo.body.errors).toEqual([expect.objectContaining({ field: 'iin', code: 'validation.iin_invalid' })]);
  });

  it('passes once the server clock reaches the birth date, and someone born today passes at once', async () => {
    expect((await register(bornToday)).statusCode).toBe(201);
    test.clock.advance(24 * 3_600_000);
    expect((await register(bornTomorrow)).statusCode).toBe(201);
    test.clock.reset();
  });

  it('is found wherever the body declares an IIN: nested and in lists', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/test/people',
      payload: { head: { iin: bornTomorrow }, people: ['061211600012', bornTomorrow] },
    });
    expect(
      (problemOf(response).body.errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
    ).toEqual([
      ['head.iin', 'validation.iin_birth_date_future'],
      ['people.1', 'validation.iin_birth_date_future'],
    ]);
    const fine = await test.app.inject({
      method: 'POST',
      url: '/api/test/people',
      payload: { head: {}, people: ['061211600012'] },
    });
    expect(fine.json()).toEqual({ ok: true });
  });
});
