// Opens and migrates the database the configuration names; an entry point (server or script) exits with a clear line when the embedded one is in use.
import path from 'node:path';
import type { Config } from '../../config';
import { DataDirInUseError } from './data-dir-lock';
import { type DatabaseHandle, openDatabase } from './database';
import { migrateToLatest } from './migrate';

export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle & { applied: string[] }> {
  const handle = await openDatabase({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: path.join(config.dataDir, 'pglite'),
  }).catch((error: unknown) => {
    if (!(error instanceof DataDirInUseError)) throw error;
    console.error(error.message);
    process.exit(2);
  });
  const applied = await migrateToLatest(handle.db, config.databaseSchema);
  return { ...handle, applied };
}
