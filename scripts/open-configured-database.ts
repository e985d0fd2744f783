// Opens and migrates the database the environment configures, for the command-line scripts.
import { loadConfig } from '../src/server/config';
import { openConfiguredDatabase as open } from '../src/server/platform/db/open-configured';

export async function openConfiguredDatabase() {
  const config = loadConfig();
  return { ...(await open(config)), config };
}
