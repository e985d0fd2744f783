// The centre's registry and the CV search with a city's worth of seekers: requests/s and latency of the searches the
// assistance specialist and employers run most, over HTTP with a real session.
// Run: npm run bench:registry   (BENCH_SEEKERS=20000, BENCH_SECONDS=5; DATABASE_URL to measure on PostgreSQL)
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { seedDemoWorld } from '../src/server/demo/demo-world';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { systemClock } from '../src/server/platform/clock';
import { openDatabase } from '../src/server/platform/db/database';
import { migrateToLatest } from '../src/server/platform/db/migrate';
import { occupationCodes } from '../src/shared/occupations';

const seekers = Number(process.env.BENCH_SEEKERS ?? 20_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const schema = process.env.DATABASE_URL ? 'jumys_bench_registry' : undefined;
if (process.env.DATABASE_URL) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
}
const database = await openDatabase(
  process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, schema } : { dataDir: ':memory:' },
);
const { db } = database;
await migrateToLatest(db, schema);
await seedDemoWorld(db, new Date(), { passwordHash: await hashPassword('bench-password') });
const astana = await db
  .selectFrom('organisations')
  .select('id')
  .where('kind', '=', 'centre')
  .where('region', '=', 'astana')
  .executeTakeFirstOrThrow();

// Names, districts and occupations repeat as in a real city; IINs are unique and start with the birth date.
const seeded = Date.now();
const occupations = sql.join(occupationCodes.slice(0, 40).map((c) => sql.lit(c)));
await sql`
  insert into users (login, email, full_name, iin, role, locale, email_confirmed_at)
  select 'bench' || i || '@mail.kz', 'bench' || i || '@mail.kz',
    (array['Айгүл','Серік','Дана','Ерлан','Мадина','Нұрлан','Жанар','Асқар','Гүлнар','Бауыржан'])[1 + i % 10] || ' ' ||
    (array['Омарова','Әлиев','Сейітова','Нұрланов','Бекова','Жақсыбеков','Исаева','Қасымов'])[1 + (i / 10) % 8],
    lpad(((70 + i % 30) * 10000 + (1 + i % 12) * 100 + (1 + i % 28))::text, 6, '0') || lpad((i % 1000000)::text, 6, '0'),
    'job_seeker', 'ru', now()
  from generate_series(1, ${seekers}) as i`.execute(db);
await sql`
  insert into seeker_profiles (user_id, birth_date, sex, region, district, rural, occupation_code, has_work_experience,
    education_level, cv_visibility, updated_at)
  select u.id, make_date(1970 + n % 30, 1 + n % 12, 1 + n % 28), case when n % 2 = 0 then 'female' else 'male' end,
    'astana', (array['Есіл ауданы','Сарыарқа ауданы','Алматы ауданы','Байқоңыр ауданы','Нұра ауданы'])[1 + n % 5],
    n % 7 = 0, (array[${occupations}])[1 + n % 40], n % 3 <> 0, 'vocational',
    (array['employers','employers','employers','centre','none'])[1 + n % 5], now()
  from (select id, substring(login from 6 for length(login) - 13)::int as n from users where login like 'bench%') u`.execute(
  db,
);
await sql`
  insert into seeker_registrations (seeker_id, centre_id, kind, status, categories, requested_at, decided_at)
  select p.user_id, ${astana.id}, 'unemployed', case when random() < 0.1 then 'requested' else 'registered' end,
    case when p.birth_date > date '1991-01-01' then array['youth'] else array['over_50'] end
      || case when random() < 0.002 then array['disability'] else array[]::text[] end, now() - random() * interval '300 days',
    now()
  from seeker_profiles p join users u on u.id = p.user_id where u.login like 'bench%'`.execute(db);
await sql`update seeker_registrations set decided_at = null where status = 'requested'`.execute(db);
await sql`
  insert into cvs (seeker_id, title, desired_position, occupation_code, region, skills, about, created_at, updated_at)
  select p.user_id, 'Түйіндеме',
    case when n % 500 = 0 then 'Инженер-сейсмолог'
      else (array['Бухгалтер','Сварщик','Повар','Водитель','Продавец-консультант'])[1 + n % 5] end,
    p.occupation_code, 'astana', array['1С', 'Excel'], 'Опыт работы в сфере услуг', now(), now() - n * interval '1 minute'
  from (select p.*, row_number() over () as n from seeker_profiles p join users u on u.id = p.user_id
        where u.login like 'bench%') p`.execute(db);
await sql`analyze`.execute(db);
console.log(
  `seeded ${seekers} seekers with a registration and a CV each in ${Math.round((Date.now() - seeded) / 1000)} s`,
);

const app = await buildApp({ db, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: systemClock });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
async function cookieOf(login: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'bench-password' }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}
const specialist = await cookieOf('assistance.astana@jumys.kz');
const employer = await cookieOf('employer1@demo.kz');

async function measure(title: string, path: string, cookie: string) {
  const result = await autocannon({ url: `${base}${path}`, connections, duration: seconds, headers: { cookie } });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  console.log(
    JSON.stringify({
      search: title,
      requestsPerSecond: Math.round(result.requests.average),
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
    }),
  );
}

console.log(`database: ${database.kind}, ${connections} connections, ${seconds} s each, Node ${process.version}`);
await measure('registry, first page (requests first)', '/api/seekers/registrations', specialist);
await measure(
  'registry, name contains "Серік"',
  `/api/seekers/registrations?q=${encodeURIComponent('Серік')}`,
  specialist,
);
await measure('registry, IIN starts with 850312', '/api/seekers/registrations?q=850312', specialist);
await measure(
  'registry, category youth in a district',
  `/api/seekers/registrations?category=youth&district=${encodeURIComponent('Есіл')}`,
  specialist,
);
await measure(
  'CV search by an employer, text "бухгалтер"',
  `/api/cvs/search?q=${encodeURIComponent('бухгалтер')}`,
  employer,
);
await measure(
  'CV search by an employer, rare word "сейсмолог"',
  `/api/cvs/search?q=${encodeURIComponent('сейсмолог')}`,
  employer,
);
await measure('registry, a rare category (disability)', '/api/seekers/registrations?category=disability', specialist);
await measure('CV search by the centre, no filter', '/api/cvs/search', specialist);

await app.close();
if (schema) await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
await database.close();
