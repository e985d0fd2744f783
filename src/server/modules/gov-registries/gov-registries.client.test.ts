// The HTTP adapter on real sockets: contract answers, slow, broken and lying servers, the one retry, and what it logs.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestClock } from '../../platform/clock';
import { createGovRegistriesClient } from './gov-registries.client';
import { type RunningGovSimulator, startGovSimulator } from './simulator';

const CLEAN = '150340001008';
const UNKNOWN = '990140004654';

type Responder = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** A server that answers whatever the current test tells it to, and counts the requests it got. */
function startRogueServer() {
  const state: { requests: number; respond: Responder } = {
    requests: 0,
    respond: (_request, response) => response.end(),
  };
  const server = http.createServer((request, response) => {
    state.requests++;
    state.respond(request, response);
  });
  return new Promise<{ state: typeof state; url: string; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        state,
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const json =
  (status: number, body: unknown): Responder =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

let simulator: RunningGovSimulator;
let slowSimulator: RunningGovSimulator;
let rogue: Awaited<ReturnType<typeof startRogueServer>>;
let logs: { line: Record<string, unknown>; message: string }[];
const logger = {
  warn: (line: Record<string, unknown>, message: string) => {
    logs.push({ line, message });
  },
};

beforeAll(async () => {
  const clock = createTestClock('2026-03-02T05:00:00Z');
  simulator = await startGovSimulator({ clock });
  slowSimulator = await startGovSimulator({ clock, latencyMs: 1500 });
  rogue = await startRogueServer();
});

afterAll(async () => {
  await Promise.all([simulator.close(), slowSimulator.close(), rogue.close()]);
});

beforeEach(() => {
  logs = [];
  rogue.state.requests = 0;
});

const clientOf = (baseUrl: string, timeoutMs = 2000) => createGovRegistriesClient({ baseUrl, timeoutMs, logger });

describe('the four sources over HTTP', () => {
  it('each method answers its source, for the BIN asked, with a request id', async () => {
    const client = clientOf(`${simulator.url}/`);
    const organisation = await client.getOrganisation(CLEAN);
    expect(organisation).toMatchObject({
      source: 'gbd_ul',
      bin: CLEAN,
      status: 'active',
      registrationDate: '2015-03-17',
      legalForm: 'ТОО',
      okedCode: '41201',
      name: { kk: '«Астана Құрылыс» ЖШС', ru: 'ТОО «Астана Курылыс»' },
    });
    expect(organisation.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await client.getTaxDebt(CLEAN)).toMatchObject({ source: 'kgd', hasTaxDebt: false, taxDebtAmountTenge: 0 });
    expect(await client.getSocialPayments(CLEAN)).toMatchObject({ source: 'gfss', months: 12, monthsPaid: 12 });
    expect(await client.getWageArrears(CLEAN)).toMatchObject({ source: 'esutd', hasOverdueWageArrears: false });
    expect(logs).toEqual([]);
  });

  it('an unknown BIN is gov_registries.organisation_not_found on every source', async () => {
    const client = clientOf(simulator.url);
    for (const call of [client.getOrganisation, client.getTaxDebt, client.getSocialPayments, client.getWageArrears]) {
      await expect(call(UNKNOWN)).rejects.toMatchObject({ code: 'gov_registries.organisation_not_found', status: 404 });
    }
  });

  it('a malformed BIN never leaves the process', async () => {
    const client = clientOf(rogue.url);
    await expect(client.getOrganisation('150340001009')).rejects.toMatchObject({ code: 'validation.failed' });
    expect(rogue.state.requests).toBe(0);
  });
});

describe('when the registry cannot give a usable answer: gov_registries.unavailable (503)', () => {
  it('nobody listening', async () => {
    const closed = await startRogueServer();
    await closed.close();
    const client = clientOf(closed.url);
    await expect(client.getOrganisation(CLEAN)).rejects.toMatchObject({
      code: 'gov_registries.unavailable',
      status: 503,
    });
    expect(logs[0]?.line).toMatchObject({ source: 'gbd_ul', reason: 'network' });
  });

  it('slower than the timeout: gives up on time', async () => {
    const client = clientOf(slowSimulator.url, 300);
    const started = performance.now();
    await expect(client.getTaxDebt(CLEAN)).rejects.toMatchObject({ code: 'gov_registries.unavailable' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1200);
    expect(logs[0]?.line).toMatchObject({ source: 'kgd', reason: 'timeout' });
  });

  it('a 5xx answer, which is not retried', async () => {
    rogue.state.respond = json(502, { error: 'bad gateway' });
    await expect(clientOf(rogue.url).getWageArrears(CLEAN)).rejects.toMatchObject({
      code: 'gov_registries.unavailable',
    });
    expect(rogue.state.requests).toBe(1);
    expect(logs[0]?.line).toMatchObject({ source: 'esutd', reason: 'server_error', status: 502 });
  });

  it('a body that is not JSON', async () => {
    rogue.state.respond = json(200, '<html><body>Service Temporarily Unavailable</body></html>');
    await expect(clientOf(rogue.url).getOrganisation(CLEAN)).rejects.toMatchObject({
      code: 'gov_registries.unavailable',
    });
    expect(logs[0]?.line).toMatchObject({ reason: 'malformed', detail: 'not JSON' });
  });

  it('JSON outside the contract, logged by field name without the values', async () => {
    rogue.state.respond = json(200, {
      source: 'gbd_ul',
      requestId: 'r-1',
      bin: CLEAN,
      status: 'closed',
      headIin: '700110302000',
      checkedAt: '2026-03-02T05:00:00Z',
    });
    await expect(clientOf(rogue.url).getOrganisation(CLEAN)).rejects.toMatchObject({
      code: 'gov_registries.unavailable',
    });
    expect(logs).toHaveLength(1);
    expect(logs[0]!.line).toMatchObject({ reason: 'malformed', status: 200, bin: '********1008' });
    expect(logs[0]!.line.fields).toEqual(expect.arrayContaining(['name', 'status', 'registrationDate']));
    expect(JSON.stringify(logs)).not.toContain('700110302000');
  });

  it('an answer about another BIN', async () => {
    const answer = await clientOf(simulator.url).getWageArrears('181140001079');
    rogue.state.respond = json(200, answer);
    await expect(clientOf(rogue.url).getWageArrears(CLEAN)).rejects.toMatchObject({
      code: 'gov_registries.unavailable',
    });
  });

  it('a 404 that is not the contract\'s "organisation_not_found" (a wrong address), never "not found"', async () => {
    const wrongPath = clientOf(`${simulator.url}/v0`);
    await expect(wrongPath.getOrganisation(CLEAN)).rejects.toMatchObject({ code: 'gov_registries.unavailable' });
    expect(logs[0]?.line).toMatchObject({ reason: 'unexpected_status', status: 404 });
  });
});

describe('one retry, on a network error only', () => {
  it('a connection dropped before any answer is tried once more, and the second answer counts', async () => {
    const answer = await clientOf(simulator.url).getSocialPayments(CLEAN);
    rogue.state.respond = (request, response) => {
      if (rogue.state.requests === 1) request.socket.destroy();
      else json(200, answer)(request, response);
    };
    await expect(clientOf(rogue.url).getSocialPayments(CLEAN)).resolves.toMatchObject({ monthsPaid: 12 });
    expect(rogue.state.requests).toBe(2);
  });

  it('dropped twice is unavailable, after exactly two attempts', async () => {
    rogue.state.respond = (request) => {
      request.socket.destroy();
    };
    await expect(clientOf(rogue.url).getSocialPayments(CLEAN)).rejects.toMatchObject({
      code: 'gov_registries.unavailable',
    });
    expect(rogue.state.requests).toBe(2);
  });
});
