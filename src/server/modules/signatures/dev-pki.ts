// The development trust store: the test CA's certificates for every demo user with an IIN, issued by `npm run pki:dev` or on first start.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config';
import type { DbOrTx } from '../../platform/db/database';
import { listUsersWithIin } from './signatures.repository';
import {
  defectiveCertificateSpecs,
  demoCertificateSpecs,
  generateTestPki,
  type PkiUser,
  type TestCertificateSpec,
  type TestPki,
} from './test-ca';

/** Used when the database has no employer yet, so the defective certificates still exist. */
const sampleHolder: TestCertificateSpec = {
  name: 'sample',
  commonName: 'ТЕСТОВ ТЕСТ',
  surname: 'ТЕСТОВ',
  iin: '800505300002',
  organisation: { name: 'ТОО «Тест»', bin: '150340000105' },
  roles: ['organisation', 'firstHead'],
};

/** A person with their own key and no account: the demo's way to register as a job seeker by ЭЦП (p12/newcomer.p12). */
export const newcomerCertificate: TestCertificateSpec = {
  name: 'newcomer',
  commonName: 'ЖАҢАБАЕВА ТОМИРИС',
  surname: 'ЖАҢАБАЕВА',
  givenName: 'АСҚАРҚЫЗЫ',
  iin: '000315600011', // born 2000-03-15, female; check digit valid
  roles: ['individual'],
};

/**
 * Creates or completes <dir>: a certificate per user with an IIN, the defective ones in the first employer's name, and
 * the newcomer's.
 */
export async function issueDevelopmentPki(input: {
  db: DbOrTx;
  dir: string;
  now: Date;
  force?: boolean;
}): Promise<TestPki & { users: number }> {
  const rows = await listUsersWithIin(input.db);
  const users: PkiUser[] = rows.map((u) => ({
    login: u.login,
    fullName: u.full_name,
    iin: u.iin!,
    role: u.role,
    organisation:
      u.organisation_kind && u.organisation_name && u.organisation_bin
        ? { kind: u.organisation_kind, name: u.organisation_name, bin: u.organisation_bin }
        : null,
  }));
  const specs = demoCertificateSpecs(users);
  // The defective certificates are in the first employer's name, so a demo shows the defect and nothing else.
  const holder = specs.find((s) => s.organisation?.bin && s.roles.includes('firstHead')) ?? sampleHolder;
  const pki = await generateTestPki({
    dir: input.dir,
    subjects: [...specs, ...defectiveCertificateSpecs(holder, input.now), newcomerCertificate],
    now: input.now,
    force: input.force ?? false,
  });
  return { ...pki, users: users.length };
}

/**
 * On a development server's first start: issues the test PKI into <DATA_DIR>/pki when the server uses the test trust
 * store there and it has no root yet. Never with the production trust store.
 */
export async function ensureDevelopmentPki(input: { db: DbOrTx; config: Config; now: Date }): Promise<TestPki | null> {
  const { config } = input;
  const dir = path.join(config.dataDir, 'pki');
  if (config.trustStoreKind !== 'test') return null;
  if (path.resolve(config.trustStoreDir) !== path.resolve(dir, 'trust')) return null;
  if (fs.existsSync(path.join(dir, 'trust', 'root.pem'))) return null;
  return issueDevelopmentPki({ db: input.db, dir, now: input.now });
}
