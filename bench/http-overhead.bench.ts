// Requests/s and p99 of an authenticated read route against a bare Fastify route on this machine: the ratio is our overhead.
// Run: npm run bench   (BENCH_SECONDS=10 by default; DATABASE_URL to measure on PostgreSQL)
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { seedDemoWorld } from '../src/server/demo/demo-world';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { systemClock } from '../src/server/platform/clock';
import { openDatabase } from '../src/server/platform/db/database';
import { migrateToLatest } from '../src/server/platform/db/migrate';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const line = {
    route: title,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
  };
  console.log(JSON.stringify(line));
  return line;
}

const bare = Fastify();
bare.get('/ping', async () => ({ ok: true }));
await bare.listen({ port: 0, host: '127.0.0.1' });

const schema = process.env.DATABASE_URL ? 'jumys_bench' : undefined;
const database = await openDatabase(
  process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, schema } : { dataDir: ':memory:' },
);
await migrateToLatest(database.db, schema);
await seedDemoWorld(database.db, new Date(), { passwordHash: await hashPassword('bench-password') });
const app = await buildApp({ db: database.db, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: systemClock });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'specialist.astana@jumys.kz', password: 'bench-password' }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

console.log(`database: ${database.kind}, ${connections} connections, ${seconds} s each, Node ${process.version}`);
const bareResult = await measure(
  'bare Fastify GET /ping',
  `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/ping`,
);
const inbox = await measure('Jumys GET /api/notifications (session + inbox query)', `${base}/api/notifications`, {
  cookie,
});
const count = await measure('Jumys GET /api/notifications/unread-count', `${base}/api/notifications/unread-count`, {
  cookie,
});
console.log(
  `overhead ratio (bare / Jumys req/s): inbox ${(bareResult.requestsPerSecond / inbox.requestsPerSecond).toFixed(1)}×, unread-count ${(bareResult.requestsPerSecond / count.requestsPerSecond).toFixed(1)}×`,
);

await app.close();
await bare.close();
if (schema) await database.db.schema.dropSchema(schema).cascade().execute();
await database.close();
