// The appeal route is dated data with its source: the version in force on a day, public reading, administrator-only
// versions (audited), the shipped version marked unconfirmed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { AppealRouteInput, AppealRoutesResponse } from '../../../shared/api/appeal-routes';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { appealRouteCatalogue } from './appeal-routes.catalogue';
import { findAppealRouteOn, seedAppealRoutes } from './appeal-routes.repository';

let db: Db;
let app: App;

const NOW = '2026-12-02T05:00:00Z';
const ADMIN = '/api/admin/appeal-routes';

const confirmed: AppealRouteInput = {
  validFrom: '2027-01-01',
  text: {
    kk: 'Шешімге жоғары тұрған органға бір ай ішінде шағым жасалады.',
    ru: 'Решение обжалуется в вышестоящий орган в течение одного месяца.',
    en: 'The decision is appealed to the higher body within one month.',
  },
  source: 'Приказ (тестовая редакция) от 15.12.2026 № 1, п. 40',
  certainty: 'verified',
};

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedTestWorld(db);
  await seedAppealRoutes(db, appealRouteCatalogue, new Date(NOW));
  ({ app } = await buildTestApp(db, { now: NOW }));
});

afterAll(async () => {
  await app.close();
});

describe('the appeal route as dated data', () => {
  it('B03-3.2 ships one version, marked unconfirmed with its source, in force today in kk, ru and en', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/appeal-routes' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as AppealRoutesResponse;
    expect(body.onDate).toBe('2026-12-02');
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      validFrom: '2021-07-01',
      validTo: null,
      certainty: 'unconfirmed',
      inForce: true,
    });
    expect(body.items[0]!.source).toContain('Административный процедурно-процессуальный кодекс');
    expect(body.items[0]!.text.kk).toContain('шағым');
    expect(body.items[0]!.text.ru).toContain('обжаловать');
    expect(body.items[0]!.text.en).toContain('appealed');
    expect(await findAppealRouteOn(db, '2021-06-30')).toBeNull();
  });

  it("B03-3.2 only an administrator adds a version; a bad one is refused whole, in the caller's language", async () => {
    expect((await app.inject({ method: 'POST', url: ADMIN, payload: confirmed })).statusCode).toBe(401);
    for (const login of ['specialist.astana@test.kz', 'head.astana@test.kz', 'employer.a@test.kz', 'seeker@test.kz']) {
      const caller = await logIn(app, login);
      const response = await app.inject({ method: 'POST', url: ADMIN, payload: confirmed, headers: caller.headers });
      expect(problemOf(response).status, login).toBe(403);
    }
    const admin = await logIn(app, 'admin@test.kz');
    const blank = await app.inject({
      method: 'POST',
      url: ADMIN,
      payload: { ...confirmed, text: { ...confirmed.text, kk: '  ' } },
      headers: { ...admin.headers, 'accept-language': 'kk' },
    });
    expect(problemOf(blank)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    expect(problemOf(blank).body.errors).toEqual([
      expect.objectContaining({ field: 'text.kk', code: 'validation.required' }),
    ]);
    expect(await db.selectFrom('appeal_routes').select('valid_from').execute()).toHaveLength(1);
  });

  it('B03-3.2 a new version applies from its date: the earlier one ends the day before, and the change is audited', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const response = await app.inject({ method: 'POST', url: ADMIN, payload: confirmed, headers: admin.headers });
    expect(response.statusCode).toBe(201);
    const body = response.json() as AppealRoutesResponse;
    expect(body.items.map((r) => [r.validFrom, r.validTo, r.inForce])).toEqual([
      ['2021-07-01', '2026-12-31', true],
      ['2027-01-01', null, false],
    ]);
    expect(await findAppealRouteOn(db, '2026-12-31')).toMatchObject({ certainty: 'unconfirmed' });
    expect(await findAppealRouteOn(db, '2027-01-01')).toMatchObject({
      certainty: 'verified',
      source: confirmed.source,
      text: confirmed.text,
    });

    // The same date again replaces that version, and says what it replaced.
    const corrected = { ...confirmed, source: `${confirmed.source} (исправлено)` };
    await app.inject({ method: 'POST', url: ADMIN, payload: corrected, headers: admin.headers });
    expect(await findAppealRouteOn(db, '2027-06-01')).toMatchObject({ source: corrected.source });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'details'])
      .where('action', '=', 'appeal_routes.version_set')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.subject_id)).toEqual(['2027-01-01', '2027-01-01']);
    expect(audit[1]!.details).toMatchObject({ previous: { source: confirmed.source, certainty: 'verified' } });
  });
});
