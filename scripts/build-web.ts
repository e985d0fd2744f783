// Builds the web app with Vite when its sources are newer than the last build (used by `npm start` and the e2e setup).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export async function buildWebIfStale(root = process.cwd()): Promise<void> {
  const builtIndex = path.join(root, 'dist/web/index.html');
  const sources = ['src/web', 'src/shared', 'vite.config.ts'].map((p) => path.join(root, p));
  const newestSource = Math.max(
    ...sources.map((p) => (fs.statSync(p).isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs)),
  );
  if (fs.existsSync(builtIndex) && fs.statSync(builtIndex).mtimeMs >= newestSource) return;
  console.log('Building the web app…');
  // Vite sets NODE_ENV=production for its build; left so, the server started next in this process would take the
  // production trust store and `npm start` would come up without the test signer.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
