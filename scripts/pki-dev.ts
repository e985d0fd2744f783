// `npm run pki:dev`: the test certification authority under <DATA_DIR>/pki — CA, CRLs, a .p12 per demo user; --force renews everything.
import path from 'node:path';
import { issueDevelopmentPki, TEST_PKI_PASSWORD } from '../src/server/modules/signatures';
import { openConfiguredDatabase } from './open-configured-database';

const force = process.argv.includes('--force');
const { db, close, config } = await openConfiguredDatabase();
const pki = await issueDevelopmentPki({ db, dir: path.join(config.dataDir, 'pki'), now: new Date(), force });
await close();

console.log(`Test PKI in ${pki.dir} (${force ? 'renewed' : 'existing CA and files kept'}):`);
console.log(`  trust store: ${pki.trustDir} — root.pem, issuing.pem, root.crl and issuing.crl (CRLs in DER)`);
console.log(`  ${pki.manifest.certificates.length} certificates in p12/, password for all: ${TEST_PKI_PASSWORD}`);
if (pki.users === 0) console.log('  No users with an IIN in the database yet: run `npm run seed`, then this again.');
if (path.resolve(config.trustStoreDir) !== path.resolve(pki.trustDir)) {
  console.log(`  Note: the server reads TRUST_STORE_DIR=${config.trustStoreDir}, not this folder.`);
}
if (config.trustStoreKind !== 'test')
  console.log('  Note: TRUST_STORE_KIND is production; the server will not trust this CA.');
console.log('  Details (subjects, serials, purposes, defects): manifest.json');
