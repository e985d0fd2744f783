// `npm run seed`: empties the configured database and seeds the demo world again.
import path from 'node:path';
import { seedDemoProcesses, seedDemoWorld, wipeData } from '../src/server/demo/demo-world';
import { issueDevelopmentPki } from '../src/server/modules/signatures';
import { openConfiguredDatabase } from './open-configured-database';
import { printDemoLogins } from './print-logins';

const { db, close, config } = await openConfiguredDatabase();
await wipeData(db);
const logins = await seedDemoWorld(db, new Date());
// Certificates for the demo users (kept when already issued), so the demo application is signed for real.
const pkiDir = path.join(config.dataDir, 'pki');
await issueDevelopmentPki({ db, dir: pkiDir, now: new Date() });
await seedDemoProcesses(db, { now: new Date(), pkiDir });
printDemoLogins(logins);
await close();
