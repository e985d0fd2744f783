// The SQL of the job-seeker registry's read side (demand and supply counts) and of writing profiles and registrations.
import { districtColumns } from '../../../shared/kato/kato';
import type { DbOrTx } from '../../platform/db/database';
import type {
  CvVisibility,
  SeekerProfilesTable,
  SeekerRegistrationKind,
  SeekerRegistrationStatus,
} from './seekers.tables';

/**
 * What counting a registered seeker needs, and nothing that names them: no name, IIN, phone or login. Seekers who
 * hide their CV (cv_visibility 'none') are included: being counted is not being shown.
 */
export type RegisteredSeekerFacts = {
  /** Opaque, to count a person once across rows; never sent to a client. */
  seekerId: string;
  kind: SeekerRegistrationKind;
  categories: string[];
  occupationCode: string | null;
  birthDate: string;
  /** Silver age ends at the retirement age, which differs by sex. */
  sex: 'female' | 'male';
  /** КАТО; null for an old text that named no district. */
  districtCode: string | null;
  rural: boolean;
  hasDisability: boolean;
  hasWorkExperience: boolean;
};

/** Seekers registered now at the centre, with a profile, optionally only those of the given occupations. */
export async function listRegisteredSeekerFacts(
  db: DbOrTx,
  { centreId, occupationCodes }: { centreId: string; occupationCodes?: readonly string[] },
): Promise<RegisteredSeekerFacts[]> {
  if (occupationCodes?.length === 0) return [];
  let query = db
    .selectFrom('seeker_registrations as r')
    .innerJoin('seeker_profiles as p', 'p.user_id', 'r.seeker_id')
    .select([
      'r.seeker_id',
      'r.kind',
      'r.categories',
      'p.occupation_code',
      'p.birth_date',
      'p.sex',
      'p.district_code',
      'p.rural',
      'p.has_disability',
      'p.has_work_experience',
    ])
    .where('r.centre_id', '=', centreId)
    .where('r.status', '=', 'registered');
  if (occupationCodes) query = query.where('p.occupation_code', 'in', [...occupationCodes]);
  const rows = await query.orderBy('r.seeker_id').execute();
  return rows.map((r) => ({
    seekerId: r.seeker_id,
    kind: r.kind,
    categories: r.categories,
    occupationCode: r.occupation_code,
    birthDate: r.birth_date,
    sex: r.sex,
    districtCode: r.district_code,
    rural: r.rural,
    hasDisability: r.has_disability,
    hasWorkExperience: r.has_work_experience,
  }));
}

export type SeekerProfileInput = {
  userId: string;
  birthDate: string;
  sex: SeekerProfilesTable['sex'];
  region: string;
  /** A КАТО code. */
  district: string;
  rural: boolean;
  occupationCode: string | null;
  hasDisability: boolean;
  hasWorkExperience: boolean;
  educationLevel: 'secondary' | 'vocational' | 'higher' | 'postgraduate';
  graduationYear: number | null;
  phone: string | null;
  /** The consent a new profile starts with; an existing profile keeps the seeker's own choice. */
  cvVisibility: CvVisibility;
  now: Date;
};

/** Creates or updates a profile (demo data and tests); only the seeker changes their CV consent once it exists. */
export async function upsertSeekerProfile(db: DbOrTx, p: SeekerProfileInput): Promise<void> {
  const values = {
    birth_date: p.birthDate,
    sex: p.sex,
    region: p.region,
    ...districtColumns(p.district),
    rural: p.rural,
    occupation_code: p.occupationCode,
    has_disability: p.hasDisability,
    has_work_experience: p.hasWorkExperience,
    education_level: p.educationLevel,
    graduation_year: p.graduationYear,
    phone: p.phone,
    updated_at: p.now,
  };
  await db
    .insertInto('seeker_profiles')
    .values({ user_id: p.userId, ...values, cv_visibility: p.cvVisibility })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet((eb) => ({ ...values, version: eb('seeker_profiles.version', '+', 1) })),
    )
    .execute();
}

export type SeekerRegistrationInput = {
  seekerId: string;
  centreId: string;
  kind: SeekerRegistrationKind;
  status: SeekerRegistrationStatus;
  categories: readonly string[];
  requestedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  createdBy: string | null;
};

export async function insertSeekerRegistration(db: DbOrTx, r: SeekerRegistrationInput): Promise<string> {
  const row = await db
    .insertInto('seeker_registrations')
    .values({
      seeker_id: r.seekerId,
      centre_id: r.centreId,
      kind: r.kind,
      status: r.status,
      categories: [...r.categories],
      requested_at: r.requestedAt,
      decided_at: r.decidedAt,
      decided_by: r.decidedBy,
      refusal_reason: null,
      created_by: r.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
