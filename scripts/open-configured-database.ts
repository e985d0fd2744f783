// Opens and migrates the database the environment configures, for the command-line scripts.
import path from 'node:path';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/platform/db/database';
import { migrateToLatest } from '../src/server/platform/db/migrate';

export async function openConfiguredDatabase() {
  const config = loadConfig();
  const handle = await openDatabase({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: path.join(config.dataDir, 'pglite'),
  });
  await migrateToLatest(handle.db, config.databaseSchema);
  return { ...handle, config };
}
