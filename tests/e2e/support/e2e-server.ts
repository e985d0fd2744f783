// The server the Chromium journeys use: a fresh demo world on its own database, then the real startServer.
import { seedDemoWorld, wipeData } from '../../../src/server/demo/demo-world';
import { startServer } from '../../../src/server/main';

const { database, config } = await startServer();
await wipeData(database.db);
await seedDemoWorld(database.db, new Date());
console.log(`E2E_READY ${config.publicUrl}`);
