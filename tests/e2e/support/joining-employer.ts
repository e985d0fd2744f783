// The employer that joins by ЭЦП in accounts-join.e2e.ts: known to the registries' simulator, not to the demo world,
// with its head's certificate issued by the e2e server's test CA (p12/joining-head.p12); and a job seeker who joins
// with their own key (p12/joining-seeker.p12).
import fs from 'node:fs';
import path from 'node:path';
import { loadShippedDataset, type SimulatorDataset } from '../../../src/server/modules/gov-registries';
import { makeBin, makeIin } from '../../../src/server/modules/identity/identity.fixtures';
import { generateTestPki, type TestPki } from '../../../src/server/modules/signatures/test-ca';

export const joiningEmployer = {
  bin: makeBin('1707', 900),
  nameKk: '«Жаңа Қадам» ЖШС',
  nameRu: 'ТОО «Жана Кадам»',
  address: 'г. Астана, район Байконур, ул. Кенесары, 40',
  head: { fullName: 'Марат Ерболұлы Жақсыбеков', iin: makeIin('1982-08-19', 'male', 8300) },
  certificate: 'joining-head',
};

/** A person with their own (individual's) key and no account yet: joins as a job seeker in accounts-join.e2e.ts. */
export const joiningSeeker = {
  fullName: 'Ләззат Серікқызы Оспанова',
  iin: makeIin('1997-03-08', 'female', 8500),
  birthDate: '1997-03-08',
  certificate: 'joining-seeker',
};

/** The demo dataset and the joining employer, written where the simulator process can read it (SIM_GOV_DATASET). */
export function writeDatasetWithJoiningEmployer(dir: string): string {
  const shipped = loadShippedDataset();
  const dataset: SimulatorDataset = {
    ...shipped,
    organisations: {
      ...shipped.organisations,
      [joiningEmployer.bin]: {
        name: { kk: joiningEmployer.nameKk, ru: joiningEmployer.nameRu },
        legalForm: 'ТОО',
        registrationDate: '2017-07-11',
        status: 'active',
        address: joiningEmployer.address,
        headFullName: joiningEmployer.head.fullName,
        headIin: joiningEmployer.head.iin,
        okedCode: '49410',
        taxDebtTenge: 0,
        socialPaymentDebtTenge: 0,
        unreliableTaxpayer: false,
        missedSocialPaymentMonths: 0,
        overdueWageArrears: false,
      },
    },
  };
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'gov-dataset-e2e.json');
  fs.writeFileSync(file, JSON.stringify(dataset, null, 2));
  return file;
}

/** Adds the joining head's and the joining seeker's certificates to the PKI the server already trusts (same CA; the others stay as issued). */
export async function issueJoiningCertificate(pki: TestPki, now: Date): Promise<void> {
  await generateTestPki({
    dir: pki.dir,
    now,
    subjects: [
      ...[...pki.issued.values()].map((issued) => issued.spec),
      {
        name: joiningEmployer.certificate,
        commonName: 'ЖАҚСЫБЕКОВ МАРАТ',
        surname: 'ЖАҚСЫБЕКОВ',
        givenName: 'ЕРБОЛҰЛЫ',
        iin: joiningEmployer.head.iin,
        organisation: { name: joiningEmployer.nameRu, bin: joiningEmployer.bin },
        roles: ['organisation', 'firstHead'],
        keyAlgorithm: 'ECDSA',
      },
      {
        name: joiningSeeker.certificate,
        commonName: 'ОСПАНОВА ЛӘЗЗАТ',
        surname: 'ОСПАНОВА',
        givenName: 'СЕРІКҚЫЗЫ',
        iin: joiningSeeker.iin,
        roles: ['individual'],
        keyAlgorithm: 'ECDSA',
      },
    ],
  });
}
