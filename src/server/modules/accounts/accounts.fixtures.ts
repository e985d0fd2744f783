// For the joining tests: organisations the business registry knows and Jumys does not, their heads' test certificates,
// and the app wired to that registry simulator and trust store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signDetachedCms } from '../../../shared/signatures/sign-cms';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { createGovRegistriesClient, type SimulatorDataset, startGovSimulator } from '../gov-registries';
import { makeBin, makeIin } from '../identity/identity.fixtures';
import { createSignatureServices } from '../signatures';
import { generateTestPki, TEST_PKI_PASSWORD, type TestCertificateSpec, type TestPki } from '../signatures/test-ca';

type DatasetEntry = SimulatorDataset['organisations'][string];

const cleanRecord = {
  legalForm: 'ТОО',
  registrationDate: '2016-09-20',
  status: 'active',
  okedCode: '62010',
  taxDebtTenge: 0,
  socialPaymentDebtTenge: 0,
  unreliableTaxpayer: false,
  missedSocialPaymentMonths: 0,
  overdueWageArrears: false,
} satisfies Partial<DatasetEntry>;

/** The organisations of the joining tests; `registered: false` ones are absent from the registry. */
export const joiningOrganisations = {
  alatau: {
    bin: makeBin('1609', 501),
    headIin: makeIin('1978-06-15', 'male', 611),
    record: {
      ...cleanRecord,
      name: { kk: '«Алатау Цифрлық» ЖШС', ru: 'ТОО «Алатау Цифровой»' },
      address: 'г. Алматы, Бостандыкский район, пр. Аль-Фараби, 17',
      headFullName: 'Ерлан Болатұлы Сәтбаев',
    },
  },
  baiterek: {
    bin: makeBin('1905', 502),
    headIin: makeIin('1969-01-20', 'female', 612),
    record: {
      ...cleanRecord,
      name: { kk: '«Бәйтерек Құрылыс» ЖШС', ru: 'ТОО «Байтерек Курылыс»' },
      address: 'Карагандинская область, г. Темиртау, ул. Металлургов, 4',
      headFullName: 'Гүлмира Асқарқызы Омарова',
    },
  },
  koktem: {
    bin: makeBin('2103', 503),
    headIin: makeIin('1981-11-11', 'male', 613),
    record: {
      ...cleanRecord,
      name: { kk: '«Көктем Сауда» ЖШС', ru: 'ТОО «Коктем Сауда»' },
      address: 'Түркістан облысы, Сайрам ауданы, Ақсу ауылы, Бейбітшілік к., 8',
      headFullName: 'Нұрлан Серікұлы Әлиев',
    },
  },
  closed: {
    bin: makeBin('1102', 504),
    headIin: makeIin('1960-03-03', 'male', 614),
    record: {
      ...cleanRecord,
      status: 'liquidated' as const,
      name: { kk: '«Жабық» ЖШС', ru: 'ТОО «Закрытое»' },
      address: 'г. Астана, район Есиль, ул. Сыганак, 2',
      headFullName: 'Асқар Жұмабекұлы Сейітов',
    },
  },
  nowhere: {
    bin: makeBin('1706', 505),
    headIin: makeIin('1975-07-07', 'female', 615),
    record: {
      ...cleanRecord,
      name: { kk: '«Белгісіз» ЖШС', ru: 'ТОО «Неизвестное»' },
      address: 'ул. Абая, 1',
      headFullName: 'Айгүл Маратқызы Иманова',
    },
  },
} satisfies Record<string, { bin: string; headIin: string; record: Omit<DatasetEntry, 'headIin'> }>;

/** A BIN the registry does not know. */
export const unregisteredBin = makeBin('2402', 506);

function holder(
  name: string,
  iin: string,
  commonName: string,
  bin: string | null,
  roles: TestCertificateSpec['roles'],
): TestCertificateSpec {
  return {
    name,
    commonName,
    surname: commonName.split(' ')[0]!,
    iin,
    ...(bin ? { organisation: { name: 'ТОО', bin } } : {}),
    roles,
    keyAlgorithm: 'ECDSA',
  };
}

/** People who join as job seekers by ЭЦП; Болат's IIN is also the IIN of an account made with a password first. */
export const joiningSeekers = {
  aruzhan: { iin: makeIin('1999-06-12', 'female', 626) },
  bolat: { iin: makeIin('1987-01-30', 'male', 627) },
};

/** Certificates by name: who signs, with which BIN and role. */
export function joiningCertificateSpecs(employerABin: string): TestCertificateSpec[] {
  const o = joiningOrganisations;
  return [
    holder('alatau-head', o.alatau.headIin, 'СӘТБАЕВ ЕРЛАН', o.alatau.bin, ['organisation', 'firstHead']),
    holder('alatau-second-head', makeIin('1985-05-05', 'male', 620), 'ТОҚАЕВ ДӘУРЕН', o.alatau.bin, [
      'organisation',
      'firstHead',
    ]),
    holder('alatau-employee', makeIin('1990-02-02', 'female', 621), 'ҚАСЫМОВА ӘСЕЛ', o.alatau.bin, [
      'organisation',
      'employee',
    ]),
    holder('baiterek-signing-right', makeIin('1988-08-08', 'male', 622), 'НҰРЛАНОВ ДАНИЯР', o.baiterek.bin, [
      'organisation',
      'signingRight',
    ]),
    holder('koktem-head', o.koktem.headIin, 'ӘЛИЕВ НҰРЛАН', o.koktem.bin, ['organisation', 'firstHead']),
    holder('closed-head', o.closed.headIin, 'СЕЙІТОВ АСҚАР', o.closed.bin, ['organisation', 'firstHead']),
    holder('nowhere-head', o.nowhere.headIin, 'ИМАНОВА АЙГҮЛ', o.nowhere.bin, ['organisation', 'firstHead']),
    holder('unregistered-head', makeIin('1979-09-09', 'male', 623), 'БЕКОВ САМАТ', unregisteredBin, [
      'organisation',
      'firstHead',
    ]),
    holder('employer-a-other-head', makeIin('1983-03-13', 'male', 624), 'ОМАРОВ ТИМУР', employerABin, [
      'organisation',
      'firstHead',
    ]),
    holder('person', makeIin('1995-12-12', 'female', 625), 'ЖАНҰЗАҚОВА ДИНА', null, ['individual']),
    // Job seekers who join with their own keys; the national CA writes the patronymic in G.
    {
      ...holder('seeker-aruzhan', joiningSeekers.aruzhan.iin, 'ТІЛЕУОВА АРУЖАН', null, ['individual']),
      givenName: 'ЕРЛАНҚЫЗЫ',
    },
    holder('seeker-bolat', joiningSeekers.bolat.iin, 'ӘБДІРОВ БОЛАТ', null, ['individual']),
  ];
}

export function joiningDataset(): SimulatorDataset {
  return {
    organisations: Object.fromEntries(
      Object.values(joiningOrganisations).map((o) => [o.bin, { ...o.record, headIin: o.headIin }]),
    ),
  };
}

export type JoiningKit = {
  app: App;
  clock: ReturnType<typeof createTestClock>;
  simulator: Awaited<ReturnType<typeof startGovSimulator>>;
  pki: TestPki;
  /** Asks the app for a nonce and signs it with the named certificate, as the join page does. */
  signedNonce(certificate: string): Promise<{ nonceId: string; cms: string }>;
  setRegistryOutage(on: boolean): Promise<void>;
  close(): Promise<void>;
};

let ipCounter = 0;
/** Each attempt from its own address, so the refusals of one test do not throttle the next. */
export const freshIp = () => ({ 'x-forwarded-for': `10.1.0.${++ipCounter % 250}` });

export async function createJoiningKit(db: Db, input: { start: string; employerABin: string }): Promise<JoiningKit> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumys-joining-'));
  const pki = await generateTestPki({
    dir,
    subjects: joiningCertificateSpecs(input.employerABin),
    now: new Date(input.start),
  });
  const clock = createTestClock(input.start);
  const simulator = await startGovSimulator({ dataset: joiningDataset(), clock });
  const config = loadConfig({ LOG_LEVEL: 'silent', TRUST_STORE_DIR: pki.trustDir, PUBLIC_URL: 'https://jumys.test' });
  const app = await buildApp({
    db,
    config,
    clock,
    signatures: createSignatureServices(config),
    govRegistries: createGovRegistriesClient({ baseUrl: simulator.url, timeoutMs: 3000 }),
  });
  await app.ready();
  return {
    app,
    clock,
    simulator,
    pki,
    async signedNonce(certificate) {
      const challenge = await app.inject({
        method: 'POST',
        url: '/api/accounts/challenge',
        headers: freshIp(),
      });
      const { nonceId, nonce } = challenge.json() as { nonceId: string; nonce: string };
      const issued = pki.issued.get(certificate);
      if (!issued) throw new Error(`no joining certificate ${certificate}`);
      const cms = await signDetachedCms({
        content: new Uint8Array(Buffer.from(nonce, 'base64')),
        p12: issued.p12,
        password: TEST_PKI_PASSWORD,
        signingTime: clock.now(),
        hash: 'SHA-256',
      });
      return { nonceId, cms: Buffer.from(cms).toString('base64') };
    },
    async setRegistryOutage(on) {
      await fetch(`${simulator.url}/__sim/outage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ on }),
      });
    },
    async close() {
      await app.close();
      await simulator.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
