// The simulator: its dataset is the demo world's employers, it speaks the contract, and `npm run sim:gov` runs on its own.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { demoEmployers, seedDemoWorld } from '../../demo/demo-world';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { makeBin } from '../identity/identity.fixtures';
import { loadShippedDataset, type RunningGovSimulator, startGovSimulator } from './simulator';
import { spawnGovSimulator } from './simulator-process';

const CLEAN = '150340001008';
let simulator: RunningGovSimulator;

beforeAll(async () => {
  simulator = await startGovSimulator({ clock: createTestClock('2026-03-02T05:00:00Z') });
});

afterAll(async () => {
  await simulator.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${simulator.url}${path}`, { headers });
const post = (path: string, body: unknown) =>
  fetch(`${simulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the dataset', () => {
  let db: Db;
  // The demo world seeded for real: the dataset must match what `npm start` puts in the database.
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    await seedDemoWorld(db, new Date('2026-03-02T05:00:00Z'), { passwordHash: await testPasswordHash() });
  });

  it('covers every demo employer under the BIN the demo world gives it, with the same names', () => {
    const { organisations } = loadShippedDataset();
    const demoBins = demoEmployers.map((employer, i) => makeBin(employer.registered, 100 + i * 7));
    expect(Object.keys(organisations).sort()).toEqual([...demoBins].sort());
    for (const [i, employer] of demoEmployers.entries()) {
      const entry = organisations[demoBins[i]!]!;
      expect(entry.name, employer.nameRu).toEqual({ kk: employer.nameKk, ru: employer.nameRu });
      expect(entry.headFullName, employer.nameRu).toBe(employer.head);
      // A BIN starts with the year and month of registration.
      expect(entry.registrationDate.slice(2, 7).replace('-', ''), employer.nameRu).toBe(employer.registered);
    }
  });

  it('names as head of each employer the demo representative who signs for it (same IIN)', async () => {
    const representatives = await db
      .selectFrom('organisations')
      .innerJoin('users', 'users.organisation_id', 'organisations.id')
      .select(['organisations.bin', 'users.iin', 'users.full_name'])
      .where('organisations.kind', '=', 'employer')
      .execute();
    const { organisations } = loadShippedDataset();
    expect(representatives).toHaveLength(Object.keys(organisations).length);
    for (const r of representatives) {
      expect(organisations[r.bin], r.bin).toMatchObject({ headIin: r.iin, headFullName: r.full_name });
    }
  });

  it('has most employers clean and one of each failing case', () => {
    const entries = Object.values(loadShippedDataset().organisations);
    const clean = entries.filter(
      (e) =>
        !e.youngerThanYear &&
        e.status === 'active' &&
        e.taxDebtTenge === 0 &&
        e.socialPaymentDebtTenge === 0 &&
        !e.unreliableTaxpayer &&
        e.missedSocialPaymentMonths === 0 &&
        !e.overdueWageArrears,
    );
    expect(clean.length).toBeGreaterThan(entries.length / 2);
    expect(entries.filter((e) => e.taxDebtTenge > 0 || e.socialPaymentDebtTenge > 0).length).toBeGreaterThanOrEqual(2);
    expect(entries.filter((e) => e.youngerThanYear)).toHaveLength(1);
    expect(entries.filter((e) => e.overdueWageArrears)).toHaveLength(1);
    expect(entries.filter((e) => e.unreliableTaxpayer)).toHaveLength(1);
  });
});

describe('the contract as served', () => {
  it('echoes the caller request id in the header and the body, and names its source', async () => {
    const response = await get(`/kgd/v1/taxpayers/${CLEAN}/debt`, { 'x-request-id': 'jumys-test-0001' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('jumys-test-0001');
    expect(await response.json()).toMatchObject({ source: 'kgd', requestId: 'jumys-test-0001', bin: CLEAN });
  });

  it('answers 400 invalid_request for a malformed BIN or months, and 404 organisation_not_found for an unknown one', async () => {
    const badBin = await get('/gbd-ul/v1/organisations/150340001009');
    expect(badBin.status).toBe(400);
    expect(await badBin.json()).toMatchObject({ source: 'gbd_ul', code: 'invalid_request' });
    const badMonths = await get(`/gfss/v1/employers/${CLEAN}/payments?months=13`);
    expect(badMonths.status).toBe(400);
    const unknown = await get('/esutd/v1/employers/990140004654/wage-arrears');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ source: 'esutd', code: 'organisation_not_found' });
  });

  it('reports social payments over a shorter window when asked', async () => {
    const response = await get('/gfss/v1/employers/190740001426/payments?months=6');
    expect(await response.json()).toMatchObject({ months: 6, monthsPaid: 4, regular: false });
  });

  it('the outage switch answers 503 to every contract path, and the latency switch delays answers', async () => {
    expect(await (await post('/__sim/outage', { on: true })).json()).toEqual({ outage: true, latencyMs: 0 });
    for (const path of [
      `/gbd-ul/v1/organisations/${CLEAN}`,
      `/kgd/v1/taxpayers/${CLEAN}/debt`,
      `/gfss/v1/employers/${CLEAN}/payments?months=12`,
      `/esutd/v1/employers/${CLEAN}/wage-arrears`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(503);
      expect((await response.json()).code, path).toBe('unavailable');
    }
    await post('/__sim/outage', { on: false });
    expect((await get(`/gbd-ul/v1/organisations/${CLEAN}`)).status).toBe(200);

    expect((await post('/__sim/latency', { ms: 250 })).status).toBe(200);
    const started = performance.now();
    await get(`/esutd/v1/employers/${CLEAN}/wage-arrears`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    await post('/__sim/latency', { ms: 0 });
    expect((await post('/__sim/outage', { on: 'yes' })).status).toBe(400);
    expect(await (await get('/__sim/state')).json()).toEqual({ outage: false, latencyMs: 0, organisations: 12 });
  });
});

/** Lines a child process prints, until one matches. */
function waitForLine(stream: NodeJS.ReadableStream, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in ${timeoutMs} ms`)), timeoutMs);
    readline.createInterface({ input: stream }).on('line', (line) => {
      const match = pattern.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(match);
    });
  });
}

const isListening = (url: string) =>
  fetch(`${url}/__sim/state`).then(
    () => true,
    () => false,
  );

describe('scripts/sim-gov.ts as its own process', () => {
  it('`npx tsx scripts/sim-gov.ts` reports SIM_GOV_READY, serves the dataset, and stops on SIGTERM', async () => {
    // Its own process group, so SIGTERM reaches npx, tsx and the simulator alike (npx does not pass it on).
    const child = spawn('npx', ['tsx', 'scripts/sim-gov.ts'], {
      env: { ...process.env, SIM_GOV_PORT: '0', SIM_GOV_LATENCY_MS: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const [, url] = await waitForLine(child.stdout!, /^SIM_GOV_READY (http:\/\/127\.0\.0\.1:\d+)$/, 30_000);
      const response = await fetch(`${url}/gbd-ul/v1/organisations/${CLEAN}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ source: 'gbd_ul', bin: CLEAN, status: 'active' });
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      await expect.poll(() => isListening(url!), { timeout: 5000 }).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  }, 60_000);

  it('spawnGovSimulator (what npm start uses) waits for readiness, and the simulator exits 0 on SIGTERM', async () => {
    const running = await spawnGovSimulator({ env: { SIM_GOV_LATENCY_MS: '0' } });
    try {
      expect((await fetch(`${running.url}/kgd/v1/taxpayers/${CLEAN}/debt`)).status).toBe(200);
    } finally {
      await running.stop();
    }
    expect(running.child.exitCode).toBe(0);
    expect(await isListening(running.url)).toBe(false);
  }, 60_000);
});
