// Moves the e2e server's clock (TEST_CLOCK=true, /api/test/clock) so a journey can let days pass without waiting.
import { baseUrl } from './browser';

async function call(method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<Date> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return new Date(((await response.json()) as { now: string }).now);
}

/** The server's time now. */
export function serverNow(): Promise<Date> {
  return call('GET', '/api/test/clock');
}

/**
 * Puts the server's clock at a moment; it runs on from there. The test PKI's certificates are issued at the server's
 * start, so a moment before it makes every signature fail as "not yet valid".
 */
export function setTestClock(iso: string): Promise<Date> {
  return call('PUT', '/api/test/clock', { now: iso });
}

/** Moves the server's clock forward: first by working days of Kazakhstan's calendar (same time of day), then hours. */
export function advanceTestClock(by: { workingDays?: number; hours?: number }): Promise<Date> {
  return call('POST', '/api/test/clock/advance', by);
}

/** Puts the server's clock back on real time; done before and after every journey file (reset-test-clock.ts). */
export function resetTestClock(): Promise<Date> {
  return call('DELETE', '/api/test/clock');
}
