// `npm start`: builds the web app if needed, seeds the demo world on an empty database, and serves Jumys.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { isDatabaseEmpty, seedDemoWorld } from '../src/server/demo/demo-world';
import { startServer } from '../src/server/main';
import { printDemoLogins } from './print-logins';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const builtIndex = path.resolve('dist/web/index.html');
const webSources = [path.resolve('src/web'), path.resolve('src/shared')];
if (!fs.existsSync(builtIndex) || Math.max(...webSources.map(newestMtime)) > fs.statSync(builtIndex).mtimeMs) {
  console.log('Building the web app…');
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' });
}

const { database } = await startServer({
  onListening: (url) => console.log(`\nJumys is running at ${url}\nAPI documentation: ${url}/api/docs`),
});
if (await isDatabaseEmpty(database.db)) {
  const logins = await seedDemoWorld(database.db, new Date());
  printDemoLogins(logins);
} else {
  console.log('Database already has data; `npm run seed` re-seeds the demo world.');
}
