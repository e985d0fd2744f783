// The SQL of CVs (the seeker's own, the search of those a viewer may see, the photo) and of the seeker's consent.
import { sql } from 'kysely';
import type {
  CvVisibility,
  EducationEntry,
  EducationLevel,
  ExperienceEntry,
  LanguageEntry,
  PhotoMediaType,
} from '../../../shared/api/cvs';
import { districtColumns } from '../../../shared/kato/kato';
import type { Locale } from '../../../shared/roles';
import { type DbOrTx, escapeLike } from '../../platform/db/database';
import type { CvAudienceFacts } from './cvs.access';

/** A CV's content as the builder saves it. */
export type CvValues = {
  title: string;
  desiredPosition: string;
  occupationCode: string | null;
  desiredSalary: number | null;
  region: string;
  willingToRelocate: boolean;
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: string[];
  languages: LanguageEntry[];
  about: string;
  locale: Locale;
};

export type CvRow = {
  id: string;
  seeker_id: string;
  title: string;
  desired_position: string;
  occupation_code: string | null;
  desired_salary: number | null;
  region: string;
  willing_to_relocate: boolean;
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: string[];
  languages: LanguageEntry[];
  about: string;
  locale: Locale;
  has_photo: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const hasPhoto = sql<boolean>`c.photo is not null`;

// Every column but the photo's bytes, which only the photo and the PDF read.
const cvColumns = [
  'c.id',
  'c.seeker_id',
  'c.title',
  'c.desired_position',
  'c.occupation_code',
  'c.desired_salary',
  'c.region',
  'c.willing_to_relocate',
  'c.experience',
  'c.education',
  'c.skills',
  'c.languages',
  'c.about',
  'c.locale',
  hasPhoto.as('has_photo'),
  'c.version',
  'c.created_at',
  'c.updated_at',
] as const;

function columnsOf(values: CvValues) {
  return {
    title: values.title,
    desired_position: values.desiredPosition,
    occupation_code: values.occupationCode,
    desired_salary: values.desiredSalary,
    region: values.region,
    willing_to_relocate: values.willingToRelocate,
    experience: JSON.stringify(values.experience),
    education: JSON.stringify(values.education),
    skills: values.skills,
    languages: JSON.stringify(values.languages),
    about: values.about,
    locale: values.locale,
  };
}

export async function listCvsOfSeeker(db: DbOrTx, seekerId: string): Promise<CvRow[]> {
  return db
    .selectFrom('cvs as c')
    .select(cvColumns)
    .where('c.seeker_id', '=', seekerId)
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id')
    .execute();
}

export async function countCvsOfSeeker(db: DbOrTx, seekerId: string): Promise<number> {
  const row = await db
    .selectFrom('cvs')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('seeker_id', '=', seekerId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function findCv(db: DbOrTx, id: string): Promise<CvRow | undefined> {
  return db.selectFrom('cvs as c').select(cvColumns).where('c.id', '=', id).executeTakeFirst();
}

export async function insertCv(
  db: DbOrTx,
  { seekerId, values, now }: { seekerId: string; values: CvValues; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('cvs')
    .values({ seeker_id: seekerId, ...columnsOf(values), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Compare-and-set: false when the CV is not the seeker's or its version moved on. */
export async function updateCv(
  db: DbOrTx,
  {
    id,
    seekerId,
    version,
    values,
    now,
  }: { id: string; seekerId: string; version: number; values: CvValues; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('cvs')
    .set((eb) => ({ ...columnsOf(values), version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('seeker_id', '=', seekerId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Compare-and-set of the photo (null removes it); a photo change is a change of the CV, so its version moves on. */
export async function setCvPhoto(
  db: DbOrTx,
  p: {
    id: string;
    seekerId: string;
    version: number;
    photo: { bytes: Uint8Array; mediaType: PhotoMediaType } | null;
    now: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('cvs')
    .set((eb) => ({
      photo: p.photo?.bytes ?? null,
      photo_media_type: p.photo?.mediaType ?? null,
      version: eb('version', '+', 1),
      updated_at: p.now,
    }))
    .where('id', '=', p.id)
    .where('seeker_id', '=', p.seekerId)
    .where('version', '=', p.version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteCv(db: DbOrTx, { id, seekerId }: { id: string; seekerId: string }): Promise<boolean> {
  const result = await db.deleteFrom('cvs').where('id', '=', id).where('seeker_id', '=', seekerId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function findCvPhoto(
  db: DbOrTx,
  id: string,
): Promise<{ bytes: Uint8Array; mediaType: PhotoMediaType } | undefined> {
  const row = await db.selectFrom('cvs').select(['photo', 'photo_media_type']).where('id', '=', id).executeTakeFirst();
  if (!row?.photo || !row.photo_media_type) return undefined;
  return { bytes: row.photo, mediaType: row.photo_media_type };
}

const openRegistrationStatuses = ['registered', 'requested'] as const;

// A seeker without a profile counts as 'centre': never shown to employers until they choose so.
const visibilityOf = sql<CvVisibility>`coalesce(p.cv_visibility, 'centre')`;
const openRegistrationCentreIds = sql<string[]>`array(
  select r.centre_id::text from seeker_registrations r
  where r.seeker_id = c.seeker_id and r.status in ('registered', 'requested') order by r.centre_id)`;

/** The CV's owner as the access rule needs them, and who they are for the page and the PDF. */
export type CvOwnerRow = {
  seeker_id: string;
  full_name: string;
  iin: string | null;
  email: string | null;
  phone: string | null;
  visibility: CvVisibility;
  centre_ids: string[];
  active: boolean;
};

export async function findCvOwner(db: DbOrTx, cvId: string): Promise<CvOwnerRow | undefined> {
  return db
    .selectFrom('cvs as c')
    .innerJoin('users as u', 'u.id', 'c.seeker_id')
    .leftJoin('seeker_profiles as p', 'p.user_id', 'c.seeker_id')
    .select([
      'c.seeker_id',
      'u.full_name',
      'u.iin',
      'u.email',
      'p.phone',
      visibilityOf.as('visibility'),
      openRegistrationCentreIds.as('centre_ids'),
      sql<boolean>`u.disabled_at is null`.as('active'),
    ])
    .where('c.id', '=', cvId)
    .executeTakeFirst();
}

export function audienceFactsOf(owner: CvOwnerRow): CvAudienceFacts {
  return {
    seekerId: owner.seeker_id,
    visibility: owner.visibility,
    openRegistrationCentreIds: owner.centre_ids,
    accountActive: owner.active,
  };
}

/** Whose CVs a search may return, before the access rule confirms each hit. */
export type SearchAudience = { kind: 'employers' } | { kind: 'centre'; centreId: string };

export type CvSearchRow = {
  id: string;
  full_name: string;
  title: string;
  desired_position: string;
  occupation_code: string | null;
  desired_salary: number | null;
  region: string;
  willing_to_relocate: boolean;
  locale: Locale;
  has_photo: boolean;
  updated_at: Date;
  owner: CvOwnerRow;
};

/** Contains the text as typed: `%` and `_` in it are letters, not wildcards. */
function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** CVs of those whose consent and registration let the audience see them, newest first; one more than `limit`. */
export async function searchCvs(
  db: DbOrTx,
  p: {
    audience: SearchAudience;
    occupationCode?: string | undefined;
    region?: string | undefined;
    text?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<CvSearchRow[]> {
  let query = db
    .selectFrom('cvs as c')
    .innerJoin('users as u', 'u.id', 'c.seeker_id')
    .leftJoin('seeker_profiles as p', 'p.user_id', 'c.seeker_id')
    .select([
      'c.id',
      'c.seeker_id',
      'u.full_name',
      'u.iin',
      'u.email',
      'p.phone',
      'c.title',
      'c.desired_position',
      'c.occupation_code',
      'c.desired_salary',
      'c.region',
      'c.willing_to_relocate',
      'c.locale',
      hasPhoto.as('has_photo'),
      'c.updated_at',
      visibilityOf.as('visibility'),
      openRegistrationCentreIds.as('centre_ids'),
      sql<boolean>`u.disabled_at is null`.as('active'),
    ])
    .where('u.disabled_at', 'is', null);

  if (p.audience.kind === 'employers') {
    query = query.where('p.cv_visibility', '=', 'employers');
  } else {
    const { centreId } = p.audience;
    query = query
      .where(visibilityOf, '<>', 'none')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('seeker_registrations as r')
            .select('r.id')
            .whereRef('r.seeker_id', '=', 'c.seeker_id')
            .where('r.centre_id', '=', centreId)
            .where('r.status', 'in', openRegistrationStatuses),
        ),
      );
  }
  if (p.occupationCode) query = query.where('c.occupation_code', '=', p.occupationCode);
  if (p.region) query = query.where('c.region', '=', p.region);
  if (p.text) {
    // The CV's own words or its owner's name: each side has its trigram index, so neither scans every CV.
    const pattern = containsPattern(p.text);
    query = query.where((eb) =>
      eb(
        'c.id',
        'in',
        eb
          .selectFrom('cvs as byText')
          .select('byText.id')
          // search_text is lower case already: LIKE spares folding every row's case, and the index serves it too.
          .where('byText.search_text', 'like', pattern.toLowerCase())
          .union(
            eb
              .selectFrom('cvs as byName')
              .innerJoin('users as owner', 'owner.id', 'byName.seeker_id')
              .select('byName.id')
              .where('owner.full_name', 'ilike', pattern),
          ),
      ),
    );
  }
  const rows = await query
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id')
    .limit(p.limit + 1)
    .offset(p.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    full_name: r.full_name,
    title: r.title,
    desired_position: r.desired_position,
    occupation_code: r.occupation_code,
    desired_salary: r.desired_salary,
    region: r.region,
    willing_to_relocate: r.willing_to_relocate,
    locale: r.locale,
    has_photo: r.has_photo,
    updated_at: r.updated_at,
    owner: {
      seeker_id: r.seeker_id,
      full_name: r.full_name,
      iin: r.iin,
      email: r.email,
      phone: r.phone,
      visibility: r.visibility,
      centre_ids: r.centre_ids,
      active: r.active,
    },
  }));
}

// The seeker's consent lives on their profile (seeker_profiles, the registry's table).

export async function findSeekerConsent(
  db: DbOrTx,
  seekerId: string,
): Promise<{ visibility: CvVisibility } | undefined> {
  const row = await db
    .selectFrom('seeker_profiles')
    .select('cv_visibility')
    .where('user_id', '=', seekerId)
    .executeTakeFirst();
  return row ? { visibility: row.cv_visibility } : undefined;
}

/** Sets the consent on an existing profile; returns the choice it replaced, or undefined when there is no profile. */
export async function updateSeekerConsent(
  db: DbOrTx,
  { seekerId, visibility, now }: { seekerId: string; visibility: CvVisibility; now: Date },
): Promise<CvVisibility | undefined> {
  const previous = await db
    .selectFrom('seeker_profiles')
    .select('cv_visibility')
    .where('user_id', '=', seekerId)
    .forUpdate()
    .executeTakeFirst();
  if (!previous) return undefined;
  await db
    .updateTable('seeker_profiles')
    .set((eb) => ({ cv_visibility: visibility, version: eb('version', '+', 1), updated_at: now }))
    .where('user_id', '=', seekerId)
    .execute();
  return previous.cv_visibility;
}

export type MinimalProfile = {
  seekerId: string;
  birthDate: string;
  sex: 'female' | 'male';
  region: string;
  /** A КАТО code of the region. */
  district: string;
  occupationCode: string | null;
  hasWorkExperience: boolean;
  educationLevel: EducationLevel;
  graduationYear: number | null;
  visibility: CvVisibility;
  now: Date;
};

/** Creates the profile unless one appeared meanwhile; true when this call created it. */
export async function insertMinimalProfile(db: DbOrTx, p: MinimalProfile): Promise<boolean> {
  const rows = await db
    .insertInto('seeker_profiles')
    .values({
      user_id: p.seekerId,
      birth_date: p.birthDate,
      sex: p.sex,
      region: p.region,
      ...districtColumns(p.district),
      occupation_code: p.occupationCode,
      has_work_experience: p.hasWorkExperience,
      education_level: p.educationLevel,
      graduation_year: p.graduationYear,
      phone: null,
      cv_visibility: p.visibility,
      updated_at: p.now,
    })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .returning('user_id')
    .execute();
  return rows.length > 0;
}

export async function findSeekerAccount(
  db: DbOrTx,
  seekerId: string,
): Promise<{ iin: string | null; fullName: string } | undefined> {
  const row = await db.selectFrom('users').select(['iin', 'full_name']).where('id', '=', seekerId).executeTakeFirst();
  return row ? { iin: row.iin, fullName: row.full_name } : undefined;
}
