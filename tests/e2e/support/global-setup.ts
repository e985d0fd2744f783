// Builds the web app and starts one Jumys server with the demo world for all Chromium journeys.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../../../scripts/build-web';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's test PKI: p12/<login>.p12 for every demo user with an IIN, manifest.json, trust/. */
    pkiDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

let child: ChildProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  await buildWebIfStale();
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumys-e2e-'));
  // Node itself with tsx's loader, in its own process group: stopping it then stops the server, not only a wrapper.
  child = spawn(process.execPath, ['--import', 'tsx', 'tests/e2e/support/e2e-server.ts'], {
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      JOBS_POLL_MS: '200',
      // Journeys move the server's clock through /api/test/clock (support/test-clock.ts).
      TEST_CLOCK: 'true',
      ...(process.env.DATABASE_URL ? { DATABASE_SCHEMA: 'jumys_e2e' } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('e2e server did not start within 120 s')), 120_000);
    let buffered = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = buffered.match(/E2E_READY (\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child!.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`e2e server exited with ${code}`));
    });
  });
  project.provide('baseUrl', url);
  project.provide('pkiDir', path.join(dataDir, 'pki'));
}

export async function teardown() {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.on('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    const stopped = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 8_000)),
    ]);
    if (!stopped && child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
