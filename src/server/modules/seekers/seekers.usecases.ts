// The job-seeker registry's use cases: the seeker's profile and request, the specialist's registry, decisions and
// assisted registration. Status changes go through registrationWorkflow only; new registrations are created here.
import { sql } from 'kysely';
import type {
  AcceptRequest,
  AssistedRequest,
  CentreRef,
  DeregisterRequest,
  MySeekerView,
  RefuseRequest,
  RegistrationDetail,
  RegistrationRequest,
  RegistrationView,
  RegistryQuery,
  RegistryResponse,
  SeekerProfileFields,
  SeekerProfileRequest,
  SeekerProfileView,
  WithdrawRequest,
} from '../../../shared/api/seekers';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { registerMessages } from '../../../shared/i18n/messages';
import { birthDateFromIin, sexFromIin } from '../../../shared/iin-bin';
import { districtColumns, regionOfKato } from '../../../shared/kato/kato';
import { Role } from '../../../shared/roles';
import { categoriesOn } from '../../../shared/seekers/categories';
import { appendAudit } from '../../platform/audit/audit';
import type { SessionUser } from '../../platform/auth/access';
import type { Clock } from '../../platform/clock';
import { type Db, type DbOrTx, escapeLike, isUniqueViolation } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { applyAction, availableActions } from '../../platform/workflow/workflow';
import { findParticipantLimits } from '../subsidy-programmes';
import {
  districtNotInRegion,
  emailTaken,
  iinMissing,
  iinNotSeeker,
  openRegistrationExists,
  profileChangedElsewhere,
  profileMissing,
  unknownCentre,
} from './seekers.errors';
import type { SeekerProfilesTable } from './seekers.tables';
import { seekerTemplates } from './seekers.templates';
import { isRegistrationVisibleTo, registrationSteps, registrationWorkflow } from './seekers.workflow';

for (const locale of ['kk', 'ru', 'en'] as const) registerMessages(locale, seekerTemplates[locale]);

export type SeekersDeps = { db: Db; clock: Clock };

function profileViewOf(row: SeekerProfilesTable & { version: number }): SeekerProfileView {
  return {
    birthDate: row.birth_date,
    sex: row.sex,
    region: row.region,
    district: row.district_code ?? '',
    districtAsWritten: row.district,
    rural: row.rural as unknown as boolean,
    occupationCode: row.occupation_code,
    hasDisability: row.has_disability as unknown as boolean,
    hasWorkExperience: row.has_work_experience as unknown as boolean,
    educationLevel: row.education_level as unknown as SeekerProfileView['educationLevel'],
    graduationYear: row.graduation_year,
    phone: row.phone,
    version: row.version,
  };
}

async function findProfile(db: DbOrTx, userId: string): Promise<SeekerProfileView | null> {
  const row = await db.selectFrom('seeker_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row ? profileViewOf(row as never) : null;
}

const registrationColumns = [
  'r.id',
  'r.status',
  'r.kind',
  'r.categories',
  'r.assisted',
  'r.requested_at',
  'r.decided_at',
  'r.refusal_reason',
  'r.deregistration_reason',
  'r.deregistration_note',
  'r.deregistered_at',
  'r.version',
  'r.seeker_id',
  'o.id as centre_id',
  'o.name_kk',
  'o.name_ru',
  'o.region',
] as const;

function registrations(db: DbOrTx) {
  return db
    .selectFrom('seeker_registrations as r')
    .innerJoin('organisations as o', 'o.id', 'r.centre_id')
    .select(registrationColumns);
}

type RegistrationRow = Awaited<ReturnType<ReturnType<typeof registrations>['executeTakeFirstOrThrow']>>;

function registrationViewOf(row: RegistrationRow): RegistrationView {
  return {
    id: row.id,
    status: row.status,
    kind: row.kind,
    categories: row.categories,
    centre: { id: row.centre_id, nameKk: row.name_kk, nameRu: row.name_ru, region: row.region },
    assisted: row.assisted,
    requestedAt: new Date(row.requested_at).toISOString(),
    decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
    refusalReason: row.refusal_reason,
    deregistration:
      row.deregistration_reason && row.deregistered_at
        ? {
            reason: row.deregistration_reason,
            note: row.deregistration_note,
            at: new Date(row.deregistered_at).toISOString(),
          }
        : null,
    version: row.version,
  };
}

async function listCentres(db: DbOrTx): Promise<CentreRef[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name_kk', 'name_ru', 'region'])
    .where('kind', '=', 'centre')
    .orderBy('name_ru')
    .execute();
  return rows.map((r) => ({ id: r.id, nameKk: r.name_kk, nameRu: r.name_ru, region: r.region }));
}

export async function getMySeekerView({ db }: SeekersDeps, user: SessionUser): Promise<MySeekerView> {
  const person = await db
    .selectFrom('users')
    .select(['full_name', 'iin'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  const registration = await registrations(db)
    .where('r.seeker_id', '=', user.id)
    // The open one first (at most one exists), then the latest closed one.
    .orderBy(sql`case when r.status in ('requested', 'registered') then 0 else 1 end`)
    .orderBy('r.requested_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    fullName: person.full_name,
    hasIin: person.iin !== null,
    birthDate: person.iin ? birthDateFromIin(person.iin) : null,
    profile: await findProfile(db, user.id),
    registration: registration ? registrationViewOf(registration) : null,
    centres: await listCentres(db),
  };
}

function profileValues(fields: SeekerProfileFields, iin: string, now: Date) {
  const birthDate = birthDateFromIin(iin);
  if (!birthDate) throw iinMissing();
  if (regionOfKato(fields.district) !== fields.region) throw districtNotInRegion();
  return {
    birth_date: birthDate,
    sex: sexFromIin(iin),
    region: fields.region,
    ...districtColumns(fields.district),
    rural: fields.rural,
    occupation_code: fields.occupationCode,
    has_disability: fields.hasDisability,
    has_work_experience: fields.hasWorkExperience,
    education_level: fields.educationLevel as SeekerProfileView['educationLevel'],
    graduation_year: fields.graduationYear,
    phone: fields.phone,
    updated_at: now,
  };
}

/** Creates the profile (version 0 expected) or updates it with compare-and-set on the version the form loaded. */
export async function saveMyProfile(
  { db, clock }: SeekersDeps,
  user: SessionUser,
  request: SeekerProfileRequest,
): Promise<SeekerProfileView> {
  const now = clock.now();
  const person = await db.selectFrom('users').select('iin').where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!person.iin) throw iinMissing();
  const values = profileValues(request, person.iin, now);
  return db.transaction().execute(async (tx) => {
    if (request.version === 0) {
      const inserted = await tx
        .insertInto('seeker_profiles')
        .values({ user_id: user.id, ...values })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .returning('user_id')
        .executeTakeFirst();
      if (!inserted) throw profileChangedElsewhere();
    } else {
      const updated = await tx
        .updateTable('seeker_profiles')
        .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
        .where('user_id', '=', user.id)
        .where('version', '=', request.version)
        .returning('user_id')
        .executeTakeFirst();
      if (!updated) throw profileChangedElsewhere();
    }
    const profile = await findProfile(tx, user.id);
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'seeker-profile.save',
      subjectType: 'seeker_profile',
      subjectId: user.id,
      details: { version: profile!.version },
    });
    return profile!;
  });
}

async function centreExists(db: DbOrTx, centreId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', centreId)
    .where('kind', '=', 'centre')
    .executeTakeFirst();
  return row !== undefined;
}

async function hasOpenRegistration(db: DbOrTx, seekerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('seeker_registrations')
    .select('id')
    .where('seeker_id', '=', seekerId)
    .where('status', 'in', ['requested', 'registered'])
    .executeTakeFirst();
  return row !== undefined;
}

/** The seeker asks a centre to register them (step A01-1): a new registration, status requested. */
export async function requestRegistration(
  { db, clock }: SeekersDeps,
  user: SessionUser,
  request: RegistrationRequest,
): Promise<RegistrationView> {
  const now = clock.now();
  if (!(await findProfile(db, user.id))) throw profileMissing();
  if (!(await centreExists(db, request.centreId))) throw unknownCentre();
  try {
    const id = await db.transaction().execute(async (tx) => {
      if (await hasOpenRegistration(tx, user.id)) throw openRegistrationExists();
      const row = await tx
        .insertInto('seeker_registrations')
        .values({
          seeker_id: user.id,
          centre_id: request.centreId,
          kind: request.kind,
          status: 'requested',
          categories: [],
          requested_at: now,
          decided_at: null,
          decided_by: null,
          refusal_reason: null,
          created_by: user.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(tx, {
        at: now,
        actorId: user.id,
        actorRole: user.role,
        action: 'seeker-registration.request',
        step: registrationSteps.request,
        subjectType: 'seeker_registration',
        subjectId: row.id,
        centreId: request.centreId,
        toStatus: 'requested',
        details: { kind: request.kind },
      });
      return row.id;
    });
    return registrationViewOf(await registrations(db).where('r.id', '=', id).executeTakeFirstOrThrow());
  } catch (error) {
    // Two requests at once: the unique index on open registrations lets one through.
    if (isUniqueViolation(error)) throw openRegistrationExists();
    throw error;
  }
}

const REGISTRY_PAGE = 200;

/**
 * The centre's registry: requests to decide on first, then everyone else, each newest first, filtered by name or IIN,
 * occupation, category, district. Two index-ordered reads (requests, then the rest) instead of one sort of the whole
 * centre: with 20,000 people at a centre the first page stays a few milliseconds (bench/registry-search.bench.ts).
 */
export async function searchRegistry(
  { db }: SeekersDeps,
  user: SessionUser,
  query: RegistryQuery,
): Promise<RegistryResponse> {
  const page = (statuses: 'requests' | 'others', limit: number) => {
    let q = db
      .selectFrom('seeker_registrations as r')
      .innerJoin('users as u', 'u.id', 'r.seeker_id')
      .leftJoin('seeker_profiles as p', 'p.user_id', 'r.seeker_id')
      .select([
        'r.id',
        'r.status',
        'r.kind',
        'r.categories',
        'r.assisted',
        'r.requested_at',
        'u.full_name',
        'u.iin',
        'p.occupation_code',
        'p.district',
        'p.district_code',
      ])
      .where('r.centre_id', '=', user.organisationId ?? '00000000-0000-0000-0000-000000000000');
    q = statuses === 'requests' ? q.where('r.status', '=', 'requested') : q.where('r.status', '<>', 'requested');
    if (query.status) q = q.where('r.status', '=', query.status);
    if (query.q) {
      const text = query.q;
      q = /^\d{1,12}$/.test(text)
        ? q.where('u.iin', 'like', `${escapeLike(text)}%`)
        : q.where('u.full_name', 'ilike', `%${escapeLike(text)}%`);
    }
    if (query.occupation) q = q.where('p.occupation_code', '=', query.occupation);
    // Containment rather than "= any": the GIN index on categories serves it, so a rare category is found at once.
    if (query.category) q = q.where(sql<boolean>`r.categories @> array[${query.category}]::text[]`);
    if (query.district) q = q.where('p.district_code', '=', query.district);
    return q.orderBy('r.requested_at', 'desc').limit(limit).execute();
  };
  const requests = query.status && query.status !== 'requested' ? [] : await page('requests', REGISTRY_PAGE);
  const others =
    requests.length < REGISTRY_PAGE && query.status !== 'requested'
      ? await page('others', REGISTRY_PAGE - requests.length)
      : [];
  return {
    items: [...requests, ...others].map((r) => ({
      id: r.id,
      status: r.status,
      kind: r.kind,
      fullName: r.full_name,
      iin: r.iin,
      occupationCode: r.occupation_code,
      district: r.district_code,
      districtAsWritten: r.district,
      categories: r.categories,
      assisted: r.assisted,
      requestedAt: new Date(r.requested_at).toISOString(),
    })),
  };
}

export async function getRegistrationDetail(
  { db, clock }: SeekersDeps,
  user: SessionUser,
  id: string,
): Promise<RegistrationDetail> {
  const row = await registrations(db).where('r.id', '=', id).executeTakeFirst();
  if (!row || !isRegistrationVisibleTo({ centreId: row.centre_id, seekerId: row.seeker_id }, user)) throw notFound();
  const person = await db
    .selectFrom('users')
    .select(['full_name', 'iin', 'email'])
    .where('id', '=', row.seeker_id)
    .executeTakeFirstOrThrow();
  const profile = await findProfile(db, row.seeker_id);
  const now = clock.now();
  const today = dateInKazakhstan(now);
  const suggested = profile
    ? [
        ...categoriesOn(
          {
            birthDate: profile.birthDate,
            hasDisability: profile.hasDisability,
            hasWorkExperience: profile.hasWorkExperience,
            rural: profile.rural,
            categories: [],
          },
          today,
          await findParticipantLimits(db, today),
        ),
      ]
    : [];
  const actions = availableActions(
    registrationWorkflow,
    {
      id: row.id,
      status: row.status,
      version: row.version,
      centreId: row.centre_id,
      organisationId: null,
      seekerId: row.seeker_id,
      kind: row.kind,
      centreNameKk: row.name_kk,
      centreNameRu: row.name_ru,
    },
    user,
    now,
  ).map((a) => ({ action: a.action, step: a.step }));
  return {
    registration: registrationViewOf(row),
    person: { fullName: person.full_name, iin: person.iin, email: person.email },
    profile,
    suggestedCategories: suggested,
    actions,
  };
}

// ФК-А.01 is not among our process maps, so the definition is applied directly rather than registered in app.ts.
export async function acceptRegistration(deps: SeekersDeps, user: SessionUser, id: string, request: AcceptRequest) {
  await applyAction(deps.db, registrationWorkflow, {
    id,
    action: 'accept',
    expectedVersion: request.version,
    actor: user,
    input: { categories: [...new Set(request.categories)] },
    now: deps.clock.now(),
  });
  return getRegistrationDetail(deps, user, id);
}

export async function refuseRegistration(deps: SeekersDeps, user: SessionUser, id: string, request: RefuseRequest) {
  await applyAction(deps.db, registrationWorkflow, {
    id,
    action: 'refuse',
    expectedVersion: request.version,
    actor: user,
    input: { reason: request.reason },
    now: deps.clock.now(),
  });
  return getRegistrationDetail(deps, user, id);
}

/** The centre ends a registration in force (A01-4) on one of the grounds, and the seeker is told why. */
export async function deregisterRegistration(
  deps: SeekersDeps,
  user: SessionUser,
  id: string,
  request: DeregisterRequest,
) {
  await applyAction(deps.db, registrationWorkflow, {
    id,
    action: 'deregister',
    expectedVersion: request.version,
    actor: user,
    input: { reason: request.reason, note: request.note || null },
    now: deps.clock.now(),
  });
  return getRegistrationDetail(deps, user, id);
}

/** The seeker leaves the registry on their own request (A01-4a); the registry shows the ground "own request". */
export async function withdrawMyRegistration(
  deps: SeekersDeps,
  user: SessionUser,
  id: string,
  request: WithdrawRequest,
): Promise<MySeekerView> {
  await applyAction(deps.db, registrationWorkflow, {
    id,
    action: 'withdraw',
    expectedVersion: request.version,
    actor: user,
    input: {},
    now: deps.clock.now(),
  });
  return getMySeekerView(deps, user);
}

/**
 * A person who came to the centre (step A01-1a): their account is found by IIN or created without a password (login
 * = e-mail, or `<iin>@assisted.jumys.kz` without one: they sign in later by ЭЦП, or reset a password once an e-mail
 * is on file), their profile saved, and a registration created as registered, assisted, decided by the specialist.
 */
export async function registerAssisted(
  { db, clock }: SeekersDeps,
  user: SessionUser,
  request: AssistedRequest,
): Promise<RegistrationDetail> {
  const now = clock.now();
  const centreId = user.organisationId;
  if (!centreId || user.role !== Role.employmentAssistanceSpecialist) throw notFound();
  const values = profileValues(request, request.iin, now);
  try {
    const id = await db.transaction().execute(async (tx) => {
      const existing = await tx
        .selectFrom('users')
        .select(['id', 'role'])
        .where('iin', '=', request.iin)
        .executeTakeFirst();
      if (existing && existing.role !== Role.jobSeeker) throw iinNotSeeker();
      let seekerId = existing?.id;
      if (!seekerId) {
        const login = (request.email ?? `${request.iin}@assisted.jumys.kz`).toLowerCase();
        const taken = await tx
          .selectFrom('users')
          .select('id')
          .where((eb) => eb.or([eb('login', '=', login), eb('email', '=', login)]))
          .executeTakeFirst();
        if (taken) throw emailTaken();
        const created = await tx
          .insertInto('users')
          .values({
            login,
            email: request.email?.toLowerCase() ?? null,
            password_hash: null,
            full_name: request.fullName,
            iin: request.iin,
            role: Role.jobSeeker,
            organisation_id: null,
            locale: user.locale,
            disabled_at: null,
            email_confirmed_at: null,
            rights: [],
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        seekerId = created.id;
      }
      if (await hasOpenRegistration(tx, seekerId)) throw openRegistrationExists();
      await tx
        .insertInto('seeker_profiles')
        .values({ user_id: seekerId, ...values })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet((eb) => ({ ...values, version: eb('seeker_profiles.version', '+', 1) })),
        )
        .execute();
      const row = await tx
        .insertInto('seeker_registrations')
        .values({
          seeker_id: seekerId,
          centre_id: centreId,
          kind: request.kind,
          status: 'registered',
          categories: [...new Set(request.categories)],
          assisted: true,
          requested_at: now,
          decided_at: now,
          decided_by: user.id,
          refusal_reason: null,
          created_by: user.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(tx, {
        at: now,
        actorId: user.id,
        actorRole: user.role,
        action: 'seeker-registration.register_assisted',
        step: registrationSteps.assisted,
        subjectType: 'seeker_registration',
        subjectId: row.id,
        centreId,
        toStatus: 'registered',
        details: { kind: request.kind, categories: [...new Set(request.categories)], newAccount: !existing },
      });
      return row.id;
    });
    return getRegistrationDetail({ db, clock }, user, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw openRegistrationExists();
    throw error;
  }
}
