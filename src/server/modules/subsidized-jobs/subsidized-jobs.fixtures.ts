// Employers as the registries' simulator and the application's requisites describe them, for the B03-1 tests.
import type { ApplicationRequisites } from '../../../shared/api/subsidized-jobs';
import { kazakhIbanWithCheckDigits } from '../../../shared/iban';
import type { SimulatorDataset } from '../gov-registries';
import { testIdentities } from '../signatures/signatures.fixtures';

type DatasetEntry = SimulatorDataset['organisations'][string];
/** A clean, active employer in the registries; each test changes what it is about. */
export const registryEntry = (overrides: Partial<DatasetEntry>): DatasetEntry => ({
  name: { kk: '«А» ЖШС', ru: 'ТОО «А»' },
  legalForm: 'ТОО',
  registrationDate: '2015-03-17',
  status: 'active',
  address: 'г. Астана, район Алматы, ул. Бейбітшілік, 14',
  headFullName: 'Арман Ақынов',
  headIin: testIdentities.employerA.iin,
  okedCode: '41201',
  taxDebtTenge: 0,
  socialPaymentDebtTenge: 0,
  unreliableTaxpayer: false,
  missedSocialPaymentMonths: 0,
  overdueWageArrears: false,
  ...overrides,
});

/** Requisites the registries confirm for that employer (B03-1.1). */
export function requisitesFor(
  who: { bin: string; iin: string },
  region: 'astana' | 'almaty' = 'astana',
): ApplicationRequisites {
  return {
    legalNameKk: '«А» ЖШС',
    legalNameRu: 'ТОО «А»',
    bin: who.bin,
    legalForm: 'too',
    registrationDate: '2015-03-17',
    okedCode: '41201',
    okedName: 'Строительство жилых зданий',
    legalAddress: 'г. Астана, район Алматы, ул. Бейбітшілік, 14',
    region,
    headFullName: 'Ақынов Арман Ерланұлы',
    headPosition: 'Директор',
    headIin: who.iin,
    iban: kazakhIbanWithCheckDigits('601', `${who.bin.slice(0, 9)}0001`),
    bic: 'HSBKKZKX',
    bankName: 'АО «Народный Банк Казахстана»',
    phone: '+77172123456',
    email: 'office@a.kz',
  };
}
