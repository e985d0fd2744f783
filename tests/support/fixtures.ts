// A small world for integration tests: two centres with their staff, two employers, a seeker and an administrator.

import { sql } from 'kysely';
import { insertOrganisation, insertUser, makeBin, makeIin } from '../../src/server/modules/identity/identity.fixtures';
import type { SessionUser } from '../../src/server/platform/auth/access';
import { createSession, findSessionUser } from '../../src/server/platform/auth/sessions';
import type { Database, Db } from '../../src/server/platform/db/database';
import { Role } from '../../src/shared/roles';
import { testPasswordHash } from './test-database';

export async function seedTestWorld(db: Db) {
  const passwordHash = await testPasswordHash();
  const astana = await insertOrganisation(db, {
    kind: 'centre',
    bin: makeBin('0904', 1),
    nameKk: 'Астана ЕМО',
    nameRu: 'ЦТМ Астана',
    region: 'astana',
  });
  const almaty = await insertOrganisation(db, {
    kind: 'centre',
    bin: makeBin('0904', 2),
    nameKk: 'Алматы ЕМО',
    nameRu: 'ЦТМ Алматы',
    region: 'almaty',
  });
  const employerA = await insertOrganisation(db, {
    kind: 'employer',
    bin: makeBin('1503', 10),
    nameKk: '«А» ЖШС',
    nameRu: 'ТОО «А»',
    region: 'astana',
  });
  const employerB = await insertOrganisation(db, {
    kind: 'employer',
    bin: makeBin('1811', 20),
    nameKk: '«Б» ЖШС',
    nameRu: 'ТОО «Б»',
    region: 'almaty',
  });
  const user = (login: string, role: Role, organisationId: string | null, extra: { iin?: string } = {}) =>
    insertUser(db, { login, fullName: login.split('@')[0]!, role, organisationId, passwordHash, ...extra });
  const users = {
    specialistAstana: await user('specialist.astana@test.kz', Role.employerRelationsSpecialist, astana),
    assistanceAstana: await user('assistance.astana@test.kz', Role.employmentAssistanceSpecialist, astana),
    headAstana: await user('head.astana@test.kz', Role.centreHead, astana),
    analystAstana: await user('analyst.astana@test.kz', Role.labourMarketAnalyst, astana),
    specialistAlmaty: await user('specialist.almaty@test.kz', Role.employerRelationsSpecialist, almaty),
    employerA: await user('employer.a@test.kz', Role.employerRepresentative, employerA, {
      iin: makeIin('1980-05-05', 'male', 1),
    }),
    employerB: await user('employer.b@test.kz', Role.employerRepresentative, employerB, {
      iin: makeIin('1985-07-07', 'female', 2),
    }),
    seeker: await user('seeker@test.kz', Role.jobSeeker, null, { iin: makeIin('2001-02-03', 'female', 3) }),
    admin: await user('admin@test.kz', Role.administrator, null),
  };
  return { centres: { astana, almaty }, employers: { a: employerA, b: employerB }, users };
}

export type TestWorld = Awaited<ReturnType<typeof seedTestWorld>>;

/** The user as the HTTP pipeline sees them, through a real session: the actor for use cases and workflows. */
export async function sessionUserOf(
  db: Db,
  userId: string,
  now = new Date('2026-03-02T05:00:00Z'),
): Promise<SessionUser> {
  const { token } = await createSession(db, userId, now, 3_600_000);
  const user = await findSessionUser(db, token, now);
  if (!user) throw new Error(`no session user for ${userId}`);
  return user;
}

/** Rows in a table right now, to prove a refused request changed nothing. */
export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n;
}
