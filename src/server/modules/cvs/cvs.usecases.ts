// The actions on CVs: a seeker keeps their own, an entitled viewer reads one (page, photo, PDF) or searches, and the
// seeker sets who may see them. Every read of someone's CV goes through cvViewerKind.
import {
  type ConsentRequest,
  type ConsentView,
  CV_SEARCH_PAGE_SIZE,
  type CvInput,
  type CvPageView,
  type CvPhotoRequest,
  type CvSearchQuery,
  type CvSearchResponse,
  type CvSummary,
  type CvUpdateRequest,
  type CvView,
  type CvViewerKind,
  type EducationLevel,
  educationLevels,
  MAX_CVS_PER_SEEKER,
  MAX_PHOTO_BYTES,
  type MyCvsResponse,
  type PhotoMediaType,
} from '../../../shared/api/cvs';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { birthDateFromIin, sexFromIin } from '../../../shared/iin-bin';
import { regionOfKato } from '../../../shared/kato/kato';
import { Role } from '../../../shared/roles';
import { appendAudit } from '../../platform/audit/audit';
import { centreIdOf, type SessionUser } from '../../platform/auth/access';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { type FieldError, notFound } from '../../platform/errors';
import { cvViewerKind, seesContacts } from './cvs.access';
import {
  cvChangedElsewhere,
  cvInvalid,
  districtNotInRegion,
  iinMissing,
  photoNotImage,
  photoTooLarge,
  photoUnreadable,
  profileLocationRequired,
  tooManyCvs,
} from './cvs.errors';
import { renderCvPdf } from './cvs.pdf';
import { inspectPhoto } from './cvs.photo';
import {
  audienceFactsOf,
  type CvOwnerRow,
  type CvRow,
  type CvValues,
  countCvsOfSeeker,
  deleteCv,
  findCv,
  findCvOwner,
  findCvPhoto,
  findSeekerAccount,
  findSeekerConsent,
  insertCv,
  insertMinimalProfile,
  listCvsOfSeeker,
  type SearchAudience,
  searchCvs,
  setCvPhoto,
  updateCv,
  updateSeekerConsent,
} from './cvs.repository';

export type CvsDeps = { db: Db; clock: Clock };

export const SEEKER_PROFILE_SUBJECT = 'seeker_profile';

function toSummary(row: CvRow): CvSummary {
  return {
    id: row.id,
    title: row.title,
    desiredPosition: row.desired_position,
    occupationCode: row.occupation_code,
    region: row.region,
    locale: row.locale,
    hasPhoto: row.has_photo,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

function contentOf(row: CvRow) {
  return {
    id: row.id,
    title: row.title,
    desiredPosition: row.desired_position,
    occupationCode: row.occupation_code,
    desiredSalary: row.desired_salary,
    region: row.region,
    willingToRelocate: row.willing_to_relocate,
    experience: row.experience,
    education: row.education,
    skills: row.skills,
    languages: row.languages,
    about: row.about,
    locale: row.locale,
    hasPhoto: row.has_photo,
    updatedAt: row.updated_at.toISOString(),
  };
}

function toCvView(row: CvRow): CvView {
  return { ...contentOf(row), version: row.version, createdAt: row.created_at.toISOString() };
}

function valuesOf(input: CvInput): CvValues {
  return { ...input, skills: input.skills.map((skill) => skill.trim()) };
}

/** A CV cannot speak of work in a month that has not come yet (months as lived in Kazakhstan). */
function checkMonthsNotInFuture(input: CvInput, now: Date): void {
  const thisMonth = dateInKazakhstan(now).slice(0, 7);
  const errors: FieldError[] = [];
  input.experience.forEach((entry, index) => {
    if (entry.from > thisMonth) errors.push({ field: `experience.${index}.from`, code: 'validation.cv_month_future' });
    if (entry.to !== null && entry.to > thisMonth) {
      errors.push({ field: `experience.${index}.to`, code: 'validation.cv_month_future' });
    }
  });
  if (errors.length > 0) throw cvInvalid(errors);
}

/** The CV and how the viewer may see it; 404 when they may not, so that nobody learns it exists. */
async function loadVisibleCv(
  db: DbOrTx,
  viewer: SessionUser,
  id: string,
): Promise<{ cv: CvRow; owner: CvOwnerRow; kind: CvViewerKind }> {
  const owner = await findCvOwner(db, id);
  const kind = owner ? cvViewerKind(viewer, audienceFactsOf(owner)) : null;
  const cv = kind ? await findCv(db, id) : undefined;
  if (!owner || !kind || !cv) throw notFound();
  return { cv, owner, kind };
}

async function loadOwnCv(db: DbOrTx, seeker: SessionUser, id: string): Promise<CvRow> {
  const { cv, kind } = await loadVisibleCv(db, seeker, id);
  if (kind !== 'owner') throw notFound();
  return cv;
}

async function reloadOwnCv(db: DbOrTx, seeker: SessionUser, id: string): Promise<CvView> {
  return toCvView(await loadOwnCv(db, seeker, id));
}

export async function listMyCvs({ db }: CvsDeps, seeker: SessionUser): Promise<MyCvsResponse> {
  const [rows, consent] = await Promise.all([listCvsOfSeeker(db, seeker.id), findSeekerConsent(db, seeker.id)]);
  return { items: rows.map(toSummary), cvVisibility: consent?.visibility ?? 'centre' };
}

export async function createCv({ db, clock }: CvsDeps, seeker: SessionUser, input: CvInput): Promise<CvView> {
  const now = clock.now();
  checkMonthsNotInFuture(input, now);
  const id = await db.transaction().execute(async (tx) => {
    // Taking the seeker's row in turn keeps two tabs from both creating the twenty-first CV.
    await tx.selectFrom('users').select('id').where('id', '=', seeker.id).forUpdate().executeTakeFirstOrThrow();
    if ((await countCvsOfSeeker(tx, seeker.id)) >= MAX_CVS_PER_SEEKER) throw tooManyCvs();
    return insertCv(tx, { seekerId: seeker.id, values: valuesOf(input), now });
  });
  return reloadOwnCv(db, seeker, id);
}

export async function getMyCv({ db }: CvsDeps, seeker: SessionUser, id: string): Promise<CvView> {
  return reloadOwnCv(db, seeker, id);
}

export async function updateMyCv(
  { db, clock }: CvsDeps,
  seeker: SessionUser,
  id: string,
  { version, cv }: CvUpdateRequest,
): Promise<CvView> {
  await loadOwnCv(db, seeker, id);
  checkMonthsNotInFuture(cv, clock.now());
  const updated = await updateCv(db, { id, seekerId: seeker.id, version, values: valuesOf(cv), now: clock.now() });
  if (!updated) {
    await loadOwnCv(db, seeker, id);
    throw cvChangedElsewhere();
  }
  return reloadOwnCv(db, seeker, id);
}

export async function deleteMyCv({ db }: CvsDeps, seeker: SessionUser, id: string): Promise<void> {
  await loadOwnCv(db, seeker, id);
  if (!(await deleteCv(db, { id, seekerId: seeker.id }))) throw notFound();
}

/** Decodes and checks the photo: size, JPEG/PNG by its first bytes (and the type the request names), readable whole. */
export function decodePhoto({ mediaType, dataBase64 }: Pick<CvPhotoRequest, 'mediaType' | 'dataBase64'>): {
  bytes: Uint8Array;
  mediaType: PhotoMediaType;
} {
  const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
  if (bytes.length > MAX_PHOTO_BYTES) throw photoTooLarge();
  const verdict = inspectPhoto(bytes, mediaType);
  if (!verdict.ok) throw verdict.reason === 'not_image' ? photoNotImage() : photoUnreadable();
  return { bytes, mediaType };
}

export async function setMyCvPhoto(
  { db, clock }: CvsDeps,
  seeker: SessionUser,
  id: string,
  request: CvPhotoRequest,
): Promise<CvView> {
  await loadOwnCv(db, seeker, id);
  const photo = decodePhoto(request);
  const saved = await setCvPhoto(db, { id, seekerId: seeker.id, version: request.version, photo, now: clock.now() });
  if (!saved) throw cvChangedElsewhere();
  return reloadOwnCv(db, seeker, id);
}

export async function removeMyCvPhoto(
  { db, clock }: CvsDeps,
  seeker: SessionUser,
  id: string,
  version: number,
): Promise<CvView> {
  await loadOwnCv(db, seeker, id);
  const saved = await setCvPhoto(db, { id, seekerId: seeker.id, version, photo: null, now: clock.now() });
  if (!saved) throw cvChangedElsewhere();
  return reloadOwnCv(db, seeker, id);
}

/** The CV page for whoever may see it; the IIN and contacts only for the seeker and their centre. */
export async function getCvPage({ db }: CvsDeps, viewer: SessionUser, id: string): Promise<CvPageView> {
  const { cv, owner, kind } = await loadVisibleCv(db, viewer, id);
  return {
    ...contentOf(cv),
    fullName: owner.full_name,
    viewer: kind,
    contacts: seesContacts(kind) ? { iin: owner.iin, email: owner.email, phone: owner.phone } : null,
  };
}

export async function getCvPhoto(
  { db }: CvsDeps,
  viewer: SessionUser,
  id: string,
): Promise<{ bytes: Uint8Array; mediaType: PhotoMediaType }> {
  await loadVisibleCv(db, viewer, id);
  const photo = await findCvPhoto(db, id);
  if (!photo) throw notFound();
  return photo;
}

/** The PDF in the CV's language; an employer's copy leaves the contacts out, as the page does. */
export async function getCvPdf(
  { db }: CvsDeps,
  viewer: SessionUser,
  id: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { cv, owner, kind } = await loadVisibleCv(db, viewer, id);
  const photo = cv.has_photo ? ((await findCvPhoto(db, id))?.bytes ?? null) : null;
  return renderCvPdf({
    cv,
    fullName: owner.full_name,
    contacts: seesContacts(kind) ? { email: owner.email, phone: owner.phone } : null,
    photo,
  });
}

function searchAudienceOf(viewer: SessionUser): SearchAudience | null {
  if (viewer.role === Role.employerRepresentative) return { kind: 'employers' };
  const centreId = centreIdOf(viewer);
  return centreId ? { kind: 'centre', centreId } : null;
}

/** Only CVs the caller may see: employers those whose seekers chose "employers", staff those of their centre. */
export async function searchCvsFor(
  { db }: CvsDeps,
  viewer: SessionUser,
  query: CvSearchQuery,
): Promise<CvSearchResponse> {
  const page = query.page ?? 1;
  const audience = searchAudienceOf(viewer);
  if (!audience) return { items: [], page, hasMore: false };
  const rows = await searchCvs(db, {
    audience,
    occupationCode: query.occupation,
    region: query.region,
    text: query.q || undefined,
    limit: CV_SEARCH_PAGE_SIZE,
    offset: (page - 1) * CV_SEARCH_PAGE_SIZE,
  });
  const hasMore = rows.length > CV_SEARCH_PAGE_SIZE;
  // The query already keeps to the audience; the rule every other read uses confirms each hit.
  const visible = rows
    .slice(0, CV_SEARCH_PAGE_SIZE)
    .filter((row) => cvViewerKind(viewer, audienceFactsOf(row.owner)) !== null);
  return {
    page,
    hasMore,
    items: visible.map((row) => ({
      id: row.id,
      fullName: row.full_name,
      title: row.title,
      desiredPosition: row.desired_position,
      occupationCode: row.occupation_code,
      desiredSalary: row.desired_salary,
      region: row.region,
      willingToRelocate: row.willing_to_relocate,
      locale: row.locale,
      hasPhoto: row.has_photo,
      updatedAt: row.updated_at.toISOString(),
    })),
  };
}

export async function getConsent({ db }: CvsDeps, seeker: SessionUser): Promise<ConsentView> {
  const consent = await findSeekerConsent(db, seeker.id);
  return { cvVisibility: consent?.visibility ?? 'centre', profileExists: consent !== undefined };
}

/** What the seeker's CVs say of them, for a profile made by their first consent: the newest CV first. */
function profileFactsFromCvs(cvs: readonly CvRow[]) {
  const rank = (level: EducationLevel) => educationLevels.indexOf(level);
  const highest = cvs
    .flatMap((cv) => cv.education)
    .reduce<{ level: EducationLevel; graduationYear: number } | null>(
      (best, entry) => (best === null || rank(entry.level) > rank(best.level) ? entry : best),
      null,
    );
  return {
    occupationCode: cvs.find((cv) => cv.occupation_code !== null)?.occupation_code ?? null,
    hasWorkExperience: cvs.length === 0 ? null : cvs.some((cv) => cv.experience.length > 0),
    education: highest,
  };
}

/**
 * Sets the seeker's consent for all their CVs. It lives on the seeker's profile; a seeker without one gets a minimal
 * profile now, which needs the region and district (asked, never guessed) and the birth date and sex from the IIN.
 * Region and district sent when a profile exists are ignored: the profile is the registry's to change.
 */
export async function setConsent(
  { db, clock }: CvsDeps,
  seeker: SessionUser,
  request: ConsentRequest,
): Promise<ConsentView> {
  const now = clock.now();
  await db.transaction().execute(async (tx) => {
    let previous = await updateSeekerConsent(tx, { seekerId: seeker.id, visibility: request.cvVisibility, now });
    let profileCreated = false;
    if (previous === undefined) {
      const missing = (['region', 'district'] as const).filter((field) => !request[field]);
      if (missing.length > 0 || !request.region || !request.district) throw profileLocationRequired(missing);
      if (regionOfKato(request.district) !== request.region) throw districtNotInRegion();
      const account = await findSeekerAccount(tx, seeker.id);
      const iin = account?.iin ?? null;
      const birthDate = iin ? birthDateFromIin(iin) : null;
      if (!iin || !birthDate) throw iinMissing();
      const facts = profileFactsFromCvs(await listCvsOfSeeker(tx, seeker.id));
      profileCreated = await insertMinimalProfile(tx, {
        seekerId: seeker.id,
        birthDate,
        sex: sexFromIin(iin),
        region: request.region,
        district: request.district,
        occupationCode: facts.occupationCode,
        // Without a CV to tell, the registry's defaults stand until the centre registers the person.
        hasWorkExperience: facts.hasWorkExperience ?? true,
        educationLevel: facts.education?.level ?? 'secondary',
        graduationYear: facts.education?.graduationYear ?? null,
        visibility: request.cvVisibility,
        now,
      });
      // Another request made the profile first: set the choice on it.
      if (!profileCreated) {
        previous = await updateSeekerConsent(tx, { seekerId: seeker.id, visibility: request.cvVisibility, now });
      }
    }
    await appendAudit(tx, {
      at: now,
      actorId: seeker.id,
      actorRole: seeker.role,
      action: 'cvs.consent_set',
      subjectType: SEEKER_PROFILE_SUBJECT,
      subjectId: seeker.id,
      // Consent choices name no one; the subject id is the seeker's account id, never their IIN or name.
      details: { from: previous ?? null, to: request.cvVisibility, profileCreated },
    });
  });
  return getConsent({ db, clock }, seeker);
}
