// The demo data of subsidized jobs, made through the use cases on the real demo world: requisites for the clean
// employers, and employer2's application signed with its test certificate when the PKI exists, a draft otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { isKazakhIban } from '../../../shared/iban';
import { seedDemoWorld } from '../../demo/demo-world';
import type { Db } from '../../platform/db/database';
import { loadShippedDataset } from '../gov-registries';
import { demoCertificateSpecs, generateTestPki } from '../signatures/test-ca';
import { seedSubsidizedJobsDemo } from './subsidized-jobs.demo';

const now = new Date('2026-03-02T05:00:00Z');
let db: Db;
let pkiDir: string;

beforeAll(async () => {
  pkiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumys-demo-pki-'));
});

afterAll(() => {
  fs.rmSync(pkiDir, { recursive: true, force: true });
});

async function useFreshDemoWorld() {
  ({ db } = await useTestDatabase());
  await seedDemoWorld(db, now, { passwordHash: await testPasswordHash() });
}

const cleanBins = () =>
  Object.entries(loadShippedDataset().organisations)
    .filter(
      ([, o]) =>
        !o.youngerThanYear &&
        o.taxDebtTenge === 0 &&
        o.socialPaymentDebtTenge === 0 &&
        !o.unreliableTaxpayer &&
        o.missedSocialPaymentMonths === 0 &&
        !o.overdueWageArrears,
    )
    .map(([bin]) => bin)
    .sort();

describe('seedSubsidizedJobsDemo', () => {
  it('without the test PKI: requisites for every clean demo employer, and employer2’s application as a filled draft', async () => {
    await useFreshDemoWorld();
    const seeded = await seedSubsidizedJobsDemo(db, { now });
    expect(seeded).toMatchObject({ requisitesSaved: cleanBins().length, submitted: false });
    const saved = await db
      .selectFrom('employer_requisites')
      .innerJoin('organisations', 'organisations.id', 'employer_requisites.organisation_id')
      .select(['organisations.bin', 'employer_requisites.requisites'])
      .orderBy('organisations.bin')
      .execute();
    expect(saved.map((r) => r.bin)).toEqual(cleanBins());
    for (const { bin, requisites } of saved) {
      expect(requisites.bin).toBe(bin);
      expect(isKazakhIban(requisites.iban), requisites.iban).toBe(true);
      expect(requisites.bic).toMatch(/^[A-Z]{4}KZ[A-Z0-9]{2}$/);
    }
    const application = await db
      .selectFrom('subsidy_applications')
      .selectAll()
      .where('id', '=', seeded.applicationId!)
      .executeTakeFirstOrThrow();
    expect(application).toMatchObject({ status: 'draft', revision: 0, number: null, contact_name: expect.any(String) });
  }, 60_000);

  it('with the test PKI: employer2’s application is checked, signed with its certificate and sent to the Astana centre', async () => {
    await useFreshDemoWorld();
    // The PKI `npm start` issues, cut down to the one certificate the seed signs with (issuing all takes long).
    const representative = await db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select([
        'users.login',
        'users.full_name',
        'users.iin',
        'users.role',
        'organisations.name_ru',
        'organisations.bin',
      ])
      .where('users.login', '=', 'employer2@demo.kz')
      .executeTakeFirstOrThrow();
    const specs = demoCertificateSpecs([
      {
        login: representative.login,
        fullName: representative.full_name,
        iin: representative.iin!,
        role: representative.role,
        organisation: { kind: 'employer', name: representative.name_ru, bin: representative.bin },
      },
    ]).filter((s) => s.name === representative.login);
    await generateTestPki({ dir: pkiDir, subjects: specs, now });
    const seeded = await seedSubsidizedJobsDemo(db, { now, pkiDir });
    expect(seeded.submitted).toBe(true);
    const application = await db
      .selectFrom('subsidy_applications as a')
      .innerJoin('organisations as c', 'c.id', 'a.centre_id')
      .innerJoin('organisations as e', 'e.id', 'a.employer_id')
      .select(['a.status', 'a.revision', 'a.number', 'c.region', 'e.name_ru'])
      .where('a.id', '=', seeded.applicationId!)
      .executeTakeFirstOrThrow();
    expect(application).toMatchObject({
      status: 'submitted',
      revision: 1,
      number: expect.stringMatching(/^СРМ-2026-\d{6}$/),
      region: 'astana',
      name_ru: 'ТОО «Сарыарка Сервис»',
    });
    const signature = await db
      .selectFrom('subsidy_application_revisions as r')
      .innerJoin('signatures as s', 's.document_id', 'r.document_id')
      .select(['s.signer_bin', 's.trust_store_kind'])
      .where('r.application_id', '=', seeded.applicationId!)
      .executeTakeFirstOrThrow();
    expect(signature).toEqual({ signer_bin: '181140001079', trust_store_kind: 'test' });
    const told = await db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select('users.login')
      .where('notifications.template', '=', 'subsidy.application_submitted')
      .execute();
    expect(told).toEqual([{ login: 'specialist.astana@jumys.kz' }]);
  }, 60_000);
});
