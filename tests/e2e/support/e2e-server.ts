// The server the Chromium journeys use: the real startServer on its own database, then a fresh demo world and the test PKI for its users.
import path from 'node:path';
import { seedDemoProcesses, seedDemoWorld, wipeData } from '../../../src/server/demo/demo-world';
import { startServer } from '../../../src/server/main';
import { spawnGovSimulator } from '../../../src/server/modules/gov-registries';
import { issueDevelopmentPki } from '../../../src/server/modules/signatures';
import { issueJoiningCertificate, writeDatasetWithJoiningEmployer } from './joining-employer';

// The registries' simulator in its own process, as `npm start` runs it: the employer checks (B03-1.3) ask it.
// Its dataset has one employer more than the demo world: the one that joins by ЭЦП in accounts-join.e2e.ts.
const dataset = writeDatasetWithJoiningEmployer(path.resolve(process.env.DATA_DIR ?? 'data'));
const simulator = await spawnGovSimulator({ env: { SIM_GOV_DATASET: dataset } });
process.env.GOV_REGISTRIES_URL = simulator.url;
process.once('exit', () => simulator.child.kill('SIGTERM'));
const { database, config } = await startServer();
await wipeData(database.db);
const now = new Date();
await seedDemoWorld(database.db, now);
// A .p12 for every demo user with an IIN, and the CA the server trusts: <DATA_DIR>/pki/trust is its default trust store.
const pki = await issueDevelopmentPki({ db: database.db, dir: path.join(config.dataDir, 'pki'), now, force: true });
await issueJoiningCertificate(pki, now);
await seedDemoProcesses(database.db, { now, pkiDir: path.join(config.dataDir, 'pki') });
const trustStore = (await (await fetch(`${config.publicUrl}/api/signatures/trust-store`)).json()) as {
  roots: unknown[];
};
if (trustStore.roots.length === 0) throw new Error('the server does not trust the test CA: is TRUST_STORE_DIR set?');
console.log(`E2E_READY ${config.publicUrl}`);
