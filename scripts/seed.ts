// `npm run seed`: empties the configured database and seeds the demo world again.
import { seedDemoWorld, wipeData } from '../src/server/demo/demo-world';
import { openConfiguredDatabase } from './open-configured-database';
import { printDemoLogins } from './print-logins';

const { db, close } = await openConfiguredDatabase();
await wipeData(db);
const logins = await seedDemoWorld(db, new Date());
printDemoLogins(logins);
await close();
