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
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
