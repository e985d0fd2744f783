// The server the Chromium journeys use: the real startServer on its own database, then a fresh demo world and the test PKI for its users.
import path from 'node:path';
import { seedDemoWorld, wipeData } from '../../../src/server/demo/demo-world';
import { startServer } from '../../../src/server/main';
import { issueDevelopmentPki } from '../../../src/server/modules/signatures';

const { database, config } = await startServer();
await wipeData(database.db);
const now = new Date();
await seedDemoWorld(database.db, now);
// A .p12 for every demo user with an IIN, and the CA the server trusts: <DATA_DIR>/pki/trust is its default trust store.
await issueDevelopmentPki({ db: database.db, dir: path.join(config.dataDir, 'pki'), now, force: true });
const trustStore = (await (await fetch(`${config.publicUrl}/api/signatures/trust-store`)).json()) as {
  roots: unknown[];
};
if (trustStore.roots.length === 0) throw new Error('the server does not trust the test CA: is TRUST_STORE_DIR set?');
console.log(`E2E_READY ${config.publicUrl}`);
