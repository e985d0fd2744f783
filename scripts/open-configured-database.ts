// Opens and migrates the database the environment configures, for the command-line scripts.
import path from 'node:path';
import { loadConfig } from '../src/server/config';
import { DataDirInUseError } from '../src/server/platform/db/data-dir-lock';
import { openDatabase } from '../src/server/platform/db/database';
import { migrateToLatest } from '../src/server/platform/db/migrate';

export async function openConfiguredDatabase() {
  const config = loadConfig();
  const handle = await openDatabase({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: path.join(config.dataDir, 'pglite'),
  }).catch((error: unknown) => {
    if (!(error instanceof DataDirInUseError)) throw error;
    console.error(error.message);
    process.exit(2);
  });
  await migrateToLatest(handle.db, config.databaseSchema);
  return { ...handle, config };
}
