// `npm start`: builds the web app if needed, seeds the demo world on an empty database, and serves Jumys.
import { isDatabaseEmpty, seedDemoProcesses, seedDemoWorld } from '../src/server/demo/demo-world';
import { startServer } from '../src/server/main';
import { spawnGovSimulator } from '../src/server/modules/gov-registries';
import { ensureDevelopmentPki } from '../src/server/modules/signatures';
import { buildWebIfStale } from './build-web';
import { printDemoLogins } from './print-logins';

await buildWebIfStale();
// Demo mode: with no registry gateway configured, the simulator answers as the government registries.
if (!process.env.GOV_REGISTRIES_URL) {
  const simulator = await spawnGovSimulator();
  process.env.GOV_REGISTRIES_URL = simulator.url;
  process.once('exit', () => simulator.child.kill('SIGTERM'));
  console.log(`Government registries simulator (demo data): ${simulator.url}`);
}
const { database, config } = await startServer({
  onListening: (url) => console.log(`\nJumys is running at ${url}\nAPI documentation: ${url}/api/docs`),
});
const fresh = await isDatabaseEmpty(database.db);
const logins = fresh ? await seedDemoWorld(database.db, new Date()) : null;
// The test certification authority and a .p12 per demo user, on first start (the test trust store only).
const pki = await ensureDevelopmentPki({ db: database.db, config, now: new Date() });
if (fresh) await seedDemoProcesses(database.db, { now: new Date(), ...(pki ? { pkiDir: pki.dir } : {}) });
if (logins) printDemoLogins(logins);
else console.log('Database already has data; `npm run seed` re-seeds the demo world.');
if (pki) console.log(`Test certificates (.p12, password Jumys-demo-2026): ${pki.dir}`);
