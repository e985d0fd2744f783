// The demo world: three centres with a user of every role, a dozen employers, job seekers and an administrator.
import { sql } from 'kysely';
import type { RegionCode } from '../../shared/regions';
import { Role } from '../../shared/roles';
import { indicatorsByYear, programmeCatalogue } from '../../shared/subsidy/programmes';
import { appealRouteCatalogue, seedAppealRoutes } from '../modules/appeal-routes';
import { seedCommissionDemo } from '../modules/commission';
import { seedCvsDemo } from '../modules/cvs';
import { insertOrganisation, insertUser, makeBin, makeIin } from '../modules/identity/identity.fixtures';
import { seedSeekersDemo } from '../modules/seekers';
import { seedSubsidizedJobsDemo } from '../modules/subsidized-jobs';
import { seedProgrammeCatalogue } from '../modules/subsidy-programmes';
import { hashPassword } from '../platform/auth/passwords';
import type { Db } from '../platform/db/database';
import { notify } from '../platform/notifications/notifications';

export const DEMO_PASSWORD = 'Jumys-demo-2026';

type Centre = {
  key: 'astana' | 'almaty' | 'shymkent';
  nameKk: string;
  nameRu: string;
  nameEn: string;
  region: RegionCode;
};

export const demoCentres: Centre[] = [
  {
    key: 'astana',
    nameKk: 'Астана қаласының Еңбек мобильділігі орталығы',
    nameRu: 'Центр трудовой мобильности города Астаны',
    nameEn: 'Astana Labour Mobility Centre',
    region: 'astana',
  },
  {
    key: 'almaty',
    nameKk: 'Алматы қаласының Еңбек мобильділігі орталығы',
    nameRu: 'Центр трудовой мобильности города Алматы',
    nameEn: 'Almaty Labour Mobility Centre',
    region: 'almaty',
  },
  {
    key: 'shymkent',
    nameKk: 'Шымкент қаласының Еңбек мобильділігі орталығы',
    nameRu: 'Центр трудовой мобильности города Шымкента',
    nameEn: 'Shymkent Labour Mobility Centre',
    region: 'shymkent',
  },
];

const staffPeople: Record<Centre['key'], Record<string, string>> = {
  astana: {
    [Role.employerRelationsSpecialist]: 'Айгүл Сейтқалиқызы Нұрланова',
    [Role.employmentAssistanceSpecialist]: 'Ержан Болатұлы Қасымов',
    [Role.centreHead]: 'Мұрат Серікұлы Әбдірахманов',
    [Role.labourMarketAnalyst]: 'Динара Маратқызы Жақсыбекова',
  },
  almaty: {
    [Role.employerRelationsSpecialist]: 'Гүлнар Ахметқызы Төлеуова',
    [Role.employmentAssistanceSpecialist]: 'Асхат Ерланұлы Омаров',
    [Role.centreHead]: 'Сәуле Қайратқызы Бекмұхамбетова',
    [Role.labourMarketAnalyst]: 'Тимур Русланович Ким',
  },
  shymkent: {
    [Role.employerRelationsSpecialist]: 'Бахыт Оразұлы Жұмабаев',
    [Role.employmentAssistanceSpecialist]: 'Әйгерім Нұржанқызы Исаева',
    [Role.centreHead]: 'Нұрлан Әміртайұлы Сыздықов',
    [Role.labourMarketAnalyst]: 'Жанна Ивановна Петренко',
  },
};

const roleLoginPrefix: Record<string, string> = {
  [Role.employerRelationsSpecialist]: 'specialist',
  [Role.employmentAssistanceSpecialist]: 'assistance',
  [Role.centreHead]: 'head',
  [Role.labourMarketAnalyst]: 'analyst',
};

export const demoEmployers: { nameKk: string; nameRu: string; region: RegionCode; registered: string; head: string }[] =
  [
    {
      nameKk: '«Астана Құрылыс» ЖШС',
      nameRu: 'ТОО «Астана Курылыс»',
      region: 'astana',
      registered: '1503',
      head: 'Серік Жанұзақов',
    },
    {
      nameKk: '«Сарыарқа Сервис» ЖШС',
      nameRu: 'ТОО «Сарыарка Сервис»',
      region: 'astana',
      registered: '1811',
      head: 'Бауыржан Есенов',
    },
    {
      nameKk: '«Есіл Агро» ЖШС',
      nameRu: 'ТОО «Есиль Агро»',
      region: 'astana',
      registered: '1204',
      head: 'Қанат Мұқанов',
    },
    {
      nameKk: '«Нұр Медиа» ЖШС',
      nameRu: 'ТОО «Нур Медиа»',
      region: 'astana',
      registered: '2508',
      head: 'Әсем Бақытова',
    },
    {
      nameKk: '«Алатау Тех» ЖШС',
      nameRu: 'ТОО «Алатау Тех»',
      region: 'almaty',
      registered: '1609',
      head: 'Дәурен Сұлтанов',
    },
    {
      nameKk: '«Медеу Тамақ» ЖШС',
      nameRu: 'ТОО «Медеу Тамак»',
      region: 'almaty',
      registered: '1302',
      head: 'Лаура Әлиева',
    },
    {
      nameKk: '«Жетісу Логистика» ЖШС',
      nameRu: 'ТОО «Жетысу Логистика»',
      region: 'almaty',
      registered: '1907',
      head: 'Ринат Ғалымов',
    },
    {
      nameKk: '«Көктем Тігін» ЖШС',
      nameRu: 'ТОО «Коктем Тигин»',
      region: 'almaty',
      registered: '2105',
      head: 'Гүлмира Сағынова',
    },
    {
      nameKk: '«Оңтүстік Жарық» ЖШС',
      nameRu: 'ТОО «Онтустик Жарык»',
      region: 'shymkent',
      registered: '1406',
      head: 'Ерлан Тұрсынов',
    },
    {
      nameKk: '«Шымкент Мақта» ЖШС',
      nameRu: 'ТОО «Шымкент Макта»',
      region: 'shymkent',
      registered: '1710',
      head: 'Самат Әбенов',
    },
    {
      nameKk: '«Қазығұрт Жылыжай» ЖШС',
      nameRu: 'ТОО «Казыгурт Жылыжай»',
      region: 'shymkent',
      registered: '2001',
      head: 'Мәди Оспанов',
    },
    {
      nameKk: '«Тұран Фарм» ЖШС',
      nameRu: 'ТОО «Туран Фарм»',
      region: 'shymkent',
      registered: '2211',
      head: 'Айнұр Қожахметова',
    },
  ];

export const demoSeekers: { name: string; birthDate: string; sex: 'male' | 'female' }[] = [
  { name: 'Арман Қайратұлы Сәрсенбаев', birthDate: '2002-04-17', sex: 'male' },
  { name: 'Мөлдір Ерболқызы Жұмағұлова', birthDate: '1999-11-03', sex: 'female' },
  { name: 'Дмитрий Сергеевич Волков', birthDate: '1971-06-25', sex: 'male' },
  { name: 'Аружан Талғатқызы Исмаилова', birthDate: '2004-01-30', sex: 'female' },
  { name: 'Бекзат Нұрлыбекұлы Ахметов', birthDate: '1988-09-12', sex: 'male' },
  { name: 'Гүлжан Әбілқызы Мамырова', birthDate: '1968-02-08', sex: 'female' },
];

export type DemoLogin = { login: string; role: string; centre: string | null; name: string };

/** Seeds the demo world into an empty database and returns the logins it created. */
export async function seedDemoWorld(db: Db, now: Date, options: { passwordHash?: string } = {}): Promise<DemoLogin[]> {
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const logins: DemoLogin[] = [];
  await db.transaction().execute(async (tx) => {
    for (const [i, centre] of demoCentres.entries()) {
      const centreId = await insertOrganisation(tx, {
        kind: 'centre',
        bin: makeBin('0904', 10 + i),
        nameKk: centre.nameKk,
        nameRu: centre.nameRu,
        nameEn: centre.nameEn,
        region: centre.region,
      });
      for (const [j, [role, fullName]] of Object.entries(staffPeople[centre.key]).entries()) {
        const login = `${roleLoginPrefix[role]}.${centre.key}@jumys.kz`;
        const userId = await insertUser(tx, {
          login,
          fullName,
          role: role as Role,
          organisationId: centreId,
          // Staff have an IIN so their ЭЦП certificates name them (the head signs contracts, B03-4.1).
          iin: makeIin(`198${i}-1${j % 2}-2${j}`, j % 2 ? 'male' : 'female', 400 + i * 10 + j),
          passwordHash,
        });
        await notify(tx, { userId, template: 'account.welcome', params: { name: fullName }, now });
        logins.push({ login, role, centre: centre.key, name: fullName });
      }
    }
    for (const [i, employer] of demoEmployers.entries()) {
      const employerId = await insertOrganisation(tx, {
        kind: 'employer',
        bin: makeBin(employer.registered, 100 + i * 7),
        nameKk: employer.nameKk,
        nameRu: employer.nameRu,
        region: employer.region,
      });
      const login = `employer${i + 1}@demo.kz`;
      const userId = await insertUser(tx, {
        login,
        fullName: employer.head,
        role: Role.employerRepresentative,
        organisationId: employerId,
        iin: makeIin(`19${70 + i}-0${(i % 9) + 1}-1${i % 9}`, i % 2 ? 'female' : 'male', 200 + i),
        passwordHash,
        locale: i % 2 ? 'kk' : 'ru',
      });
      await notify(tx, { userId, template: 'account.welcome', params: { name: employer.head }, now });
      logins.push({
        login,
        role: Role.employerRepresentative,
        centre: null,
        name: `${employer.head} — ${employer.nameRu}`,
      });
    }
    await seedProgrammeCatalogue(tx, { programmes: programmeCatalogue, indicators: indicatorsByYear, now });
    await seedAppealRoutes(tx, appealRouteCatalogue, now);
    for (const [i, seeker] of demoSeekers.entries()) {
      const login = `seeker${i + 1}@demo.kz`;
      const userId = await insertUser(tx, {
        login,
        fullName: seeker.name,
        role: Role.jobSeeker,
        iin: makeIin(seeker.birthDate, seeker.sex, 300 + i),
        passwordHash,
        locale: i % 2 ? 'ru' : 'kk',
      });
      await notify(tx, { userId, template: 'account.welcome', params: { name: seeker.name }, now });
      logins.push({ login, role: Role.jobSeeker, centre: null, name: seeker.name });
    }
    const adminId = await insertUser(tx, {
      login: 'admin@jumys.kz',
      fullName: 'Администратор Jumys',
      role: Role.administrator,
      passwordHash,
    });
    await notify(tx, { userId: adminId, template: 'account.welcome', params: { name: 'Администратор' }, now });
    logins.push({ login: 'admin@jumys.kz', role: Role.administrator, centre: null, name: 'Администратор Jumys' });
  });
  return logins;
}

/**
 * The processes' demo data, after the demo world and its test PKI (the submitted application is signed with
 * employer2's test certificate when `pkiDir` has it): the seeker registry and CVs, each centre's commission,
 * employers' requisites and an application at the Astana centre.
 */
export async function seedDemoProcesses(db: Db, { now, pkiDir }: { now: Date; pkiDir?: string }): Promise<void> {
  await seedSeekersDemo(db, { now });
  await seedCvsDemo(db, { now });
  await seedCommissionDemo(db, { now });
  await seedSubsidizedJobsDemo(db, { now, ...(pkiDir ? { pkiDir } : {}) });
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n === 0;
}

/** Empties every application table (not the migration history) before a re-seed. */
export async function wipeData(db: Db): Promise<void> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables
    where schemaname = current_schema() and tablename not like 'kysely_%'`.execute(db);
  if (rows.length === 0) return;
  await sql`truncate ${sql.join(rows.map((r) => sql.table(r.tablename)))} restart identity cascade`.execute(db);
}
