// `npm start` builds the web app in its own process before it loads the config: the build must not leave
// NODE_ENV=production behind, or the server would start with the production trust store and no test signer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config';
import { buildWebIfStale } from './build-web';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jumys-build-web-'));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('buildWebIfStale', () => {
  it('builds a stale app and leaves NODE_ENV as it found it, so the demo keeps the test trust store', async () => {
    fs.mkdirSync(path.join(root, 'src/web'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src/shared'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src/web/index.html'), '<!doctype html><title>t</title><p>t</p>');
    fs.writeFileSync(path.join(root, 'src/shared/empty.ts'), 'export {};\n');
    fs.writeFileSync(
      path.join(root, 'vite.config.ts'),
      `export default { root: ${JSON.stringify(path.join(root, 'src/web'))}, build: { outDir: ${JSON.stringify(
        path.join(root, 'dist/web'),
      )}, emptyOutDir: true } };\n`,
    );
    const before = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      await buildWebIfStale(root);
      expect(fs.existsSync(path.join(root, 'dist/web/index.html'))).toBe(true);
      expect(process.env.NODE_ENV).toBeUndefined();
      expect(loadConfig(process.env).trustStoreKind).toBe('test');
    } finally {
      if (before !== undefined) process.env.NODE_ENV = before;
    }
  });
});
