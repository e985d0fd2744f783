// Demo data of subsidized jobs, made through the use cases: saved requisites for the demo employers the registries find
// clean, and one application of employer2 at the Astana centre — signed and sent when the test PKI exists, else a draft.
import fs from 'node:fs';
import path from 'node:path';
import type { ApplicationRequisites } from '../../../shared/api/subsidized-jobs';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { kazakhIbanWithCheckDigits } from '../../../shared/iban';
import type { RegionCode } from '../../../shared/regions';
import { Role } from '../../../shared/roles';
import { signDetachedCms } from '../../../shared/signatures/sign-cms';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import { monthStarts } from '../../../shared/subsidy/rules';
import type { SessionUser } from '../../platform/auth/access';
import type { Db } from '../../platform/db/database';
import {
  createGovRegistriesClient,
  employerConditionCatalogue,
  type GovRegistries,
  loadShippedDataset,
  reportedSuspension2026,
  type SimulatorDataset,
  seedEmployerConditions,
  startGovSimulator,
} from '../gov-registries';
import { directoryTrustStore, TEST_PKI_PASSWORD } from '../signatures';
import { seedProgrammeCatalogue } from '../subsidy-programmes';
import {
  checkApplicationEmployer,
  createApplication,
  getApplicationView,
  prepareApplicationSignature,
  type SubsidizedJobsDeps,
  saveApplicationForm,
  saveOrganisationRequisites,
  signApplication,
} from './subsidized-jobs.usecases';

/** ОКЭД names of the demo employers' activities (the classifier's Russian wording). */
const okedNames: Record<string, string> = {
  '41201': 'Строительство жилых зданий',
  '81210': 'Общая уборка зданий',
  '01110': 'Выращивание зерновых и зернобобовых культур, включая семенные',
  '73110': 'Деятельность рекламных агентств',
  '62010': 'Деятельность в области компьютерного программирования',
  '56101': 'Деятельность ресторанов и услуги по доставке продуктов питания',
  '49410': 'Деятельность грузового автомобильного транспорта',
  '14131': 'Производство прочей верхней одежды',
  '35130': 'Распределение электроэнергии',
  '01160': 'Выращивание прядильных культур',
  '01130': 'Выращивание овощей, бахчевых, корнеплодов и клубнеплодов',
  '21200': 'Производство фармацевтических препаратов',
};

/** Banks of the demo requisites: the IBAN's 3-digit bank code and the bank's BIC (SWIFT). */
const banks = [
  { code: '601', bic: 'HSBKKZKX', name: 'АО «Народный Банк Казахстана»' },
  { code: '722', bic: 'CASPKZKA', name: 'АО «Kaspi Bank»' },
  { code: '965', bic: 'IRTYKZKA', name: 'АО «ForteBank»' },
] as const;

/** City telephone codes, so the numbers look like the employers' own: +7, the code, the subscriber number. */
const phoneCodes: Partial<Record<RegionCode, string>> = { astana: '7172', almaty: '727', shymkent: '7252' };

type DatasetEntry = SimulatorDataset['organisations'][string];

/** What the simulator answers "eligible" for: active, over a year old, no debt, arrears or missed payments. */
function isClean(entry: DatasetEntry): boolean {
  return (
    entry.status === 'active' &&
    !entry.youngerThanYear &&
    entry.taxDebtTenge === 0 &&
    entry.socialPaymentDebtTenge === 0 &&
    !entry.unreliableTaxpayer &&
    entry.missedSocialPaymentMonths === 0 &&
    !entry.overdueWageArrears
  );
}

function demoRequisites(bin: string, entry: DatasetEntry, region: string, index: number): ApplicationRequisites {
  const bank = banks[index % banks.length]!;
  const code = phoneCodes[region as RegionCode] ?? '7172';
  const subscriber = String(200_000 + index * 1_111).padStart(10 - code.length, '0');
  return {
    legalNameKk: entry.name.kk,
    legalNameRu: entry.name.ru,
    bin,
    legalForm: 'too',
    registrationDate: entry.registrationDate,
    okedCode: entry.okedCode,
    okedName: okedNames[entry.okedCode] ?? entry.okedCode,
    legalAddress: entry.address,
    region: region as RegionCode,
    headFullName: entry.headFullName,
    headPosition: 'Директор',
    headIin: entry.headIin,
    iban: kazakhIbanWithCheckDigits(bank.code, `${bin.slice(0, 9)}${String(index + 1).padStart(4, '0')}`),
    bic: bank.bic,
    bankName: bank.name,
    phone: `+7${code}${subscriber}`,
    email: `office.${bin}@demo.kz`,
  };
}

/** A demo user as the use cases see the one acting: no session, the seed acts on their behalf. */
async function actingAs(db: Db, where: { login: string } | { organisationId: string }): Promise<SessionUser | null> {
  let query = db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.login', 'u.full_name', 'u.role', 'u.locale', 'u.organisation_id', 'o.kind'])
    .where('u.disabled_at', 'is', null);
  query =
    'login' in where
      ? query.where('u.login', '=', where.login)
      : query.where('u.organisation_id', '=', where.organisationId).where('u.role', '=', Role.employerRepresentative);
  const row = await query.orderBy('u.login').executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    login: row.login,
    fullName: row.full_name,
    role: row.role,
    locale: row.locale,
    organisationId: row.organisation_id,
    organisationKind: row.kind,
    sessionId: 'demo-seed',
    csrfToken: '',
  };
}

export type SubsidizedJobsDemo = { requisitesSaved: number; applicationId: string | null; submitted: boolean };

/**
 * Seeds after the demo world (and, for the signed application, after the test PKI): idempotent for the programmes,
 * meant for an empty application table. With `pkiDir` holding employer2@demo.kz's .p12 and the trust store, the
 * application is checked against the registries (an in-process simulator unless `govRegistries` is given), signed
 * and sent; without it, it stays a draft with its form filled in.
 */
export async function seedSubsidizedJobsDemo(
  db: Db,
  options: { now: Date; pkiDir?: string; govRegistries?: GovRegistries },
): Promise<SubsidizedJobsDemo> {
  const { now } = options;
  await seedProgrammeCatalogue(db, { programmes: programmeCatalogue, indicators: indicatorsByYear, now });
  const conditionsEntered = await db.selectFrom('employer_condition_versions').select('id').limit(1).execute();
  if (conditionsEntered.length === 0) {
    await seedEmployerConditions(db, { entries: [...employerConditionCatalogue, ...reportedSuspension2026], now });
  }
  const trustDir = options.pkiDir ? path.join(options.pkiDir, 'trust') : null;
  const deps: SubsidizedJobsDeps = {
    db,
    clock: { now: () => now },
    govRegistries: options.govRegistries,
    signatures: {
      trustStore: trustDir
        ? directoryTrustStore(trustDir, 'test')
        : {
            kind: 'test',
            get: () => Promise.reject(new Error('no test PKI: the demo application is not signed')),
          },
      gostVerifier: null,
      ocsp: null,
    },
  };

  const dataset = loadShippedDataset();
  const employers = await db
    .selectFrom('organisations')
    .select(['id', 'bin', 'region'])
    .where('kind', '=', 'employer')
    .where('bin', 'in', Object.keys(dataset.organisations))
    .orderBy('bin')
    .execute();
  let requisitesSaved = 0;
  for (const [index, employer] of employers.entries()) {
    const entry = dataset.organisations[employer.bin];
    if (!entry || !isClean(entry)) continue;
    const representative = await actingAs(db, { organisationId: employer.id });
    if (!representative) continue;
    await saveOrganisationRequisites(deps, representative, {
      version: 0,
      requisites: demoRequisites(employer.bin, entry, employer.region, index),
    });
    requisitesSaved++;
  }

  const employer2 = await actingAs(db, { login: 'employer2@demo.kz' });
  const astana = await db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'centre')
    .where('region', '=', 'astana')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!employer2 || !astana) return { requisitesSaved, applicationId: null, submitted: false };

  const id = await createApplication(deps, employer2, { programmeCode: 'social_jobs', centreId: astana.id });
  let view = await getApplicationView(deps, employer2, id, 'ru');
  await saveApplicationForm(deps, employer2, id, {
    version: view.version,
    programmeCode: 'social_jobs',
    centreId: astana.id,
    contactName: 'Жанар Серікқызы Әлімова',
    contactPhone: '+77172201111',
    contactEmail: 'hr.saryarka@demo.kz',
    // The first day of next month: a start the employer can still plan for.
    plannedStartDate: monthStarts(dateInKazakhstan(now), 2)[1]!,
    positions: [
      {
        occupationCode: '9214',
        jobs: 3,
        monthlyWage: 120_000,
        schedule: 'full_time',
        workplace: 'г. Астана, пр. Богенбай батыра, 32',
        district: '711310000',
        durationMonths: 12,
        requirements: 'Без опыта; обучение на месте',
      },
      {
        occupationCode: '4110',
        jobs: 1,
        monthlyWage: 160_000,
        schedule: 'full_time',
        workplace: 'г. Астана, пр. Богенбай батыра, 32, офис',
        district: '711310000',
        durationMonths: 12,
        requirements: 'Знание казахского и русского языков',
      },
    ],
  });

  const p12File = options.pkiDir ? path.join(options.pkiDir, 'p12', `${employer2.login}.p12`) : null;
  if (!p12File || !trustDir || !fs.existsSync(p12File) || !fs.existsSync(path.join(trustDir, 'root.pem'))) {
    return { requisitesSaved, applicationId: id, submitted: false };
  }

  const simulator = options.govRegistries ? null : await startGovSimulator({ dataset, clock: { now: () => now } });
  try {
    deps.govRegistries =
      options.govRegistries ?? createGovRegistriesClient({ baseUrl: simulator!.url, timeoutMs: 5_000 });
    view = await getApplicationView(deps, employer2, id, 'ru');
    await checkApplicationEmployer(deps, employer2, id, { version: view.version });
    view = await getApplicationView(deps, employer2, id, 'ru');
    await prepareApplicationSignature(deps, employer2, id, { version: view.version });
    view = await getApplicationView(deps, employer2, id, 'ru');
    const document = await db
      .selectFrom('signed_documents')
      .select('content')
      .where('id', '=', view.pendingDocumentId!)
      .executeTakeFirstOrThrow();
    const cms = await signDetachedCms({
      content: document.content,
      p12: new Uint8Array(fs.readFileSync(p12File)),
      password: TEST_PKI_PASSWORD,
      signingTime: now,
    });
    await signApplication(deps, employer2, id, { version: view.version, cms });
  } finally {
    await simulator?.close();
  }
  return { requisitesSaved, applicationId: id, submitted: true };
}
