// Job seekers' CVs (түйіндеме / резюме): the builder's input, the seeker's own view, the page an entitled employer or
// centre sees, the search, and the seeker's consent. Messages are i18n keys (errors.json "validation.cv_*").
import { z } from 'zod';
import { districtCodeSchema } from '../kato/kato';
import { occupationCodes } from '../occupations';
import { type RegionCode, regionCodes } from '../regions';
import { locales } from '../roles';
import { isoDateTime, localeSchema, uuidSchema } from './common';

/** The seeker's consent, one for all their CVs: visible to employers, only to their centre, or to no one. */
export const cvVisibilities = ['employers', 'centre', 'none'] as const;
export type CvVisibility = (typeof cvVisibilities)[number];

export const educationLevels = ['secondary', 'vocational', 'higher', 'postgraduate'] as const;
export type EducationLevel = (typeof educationLevels)[number];

/** CEFR levels, and "native" for a mother tongue. */
export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof languageLevels)[number];

/** Languages the interface names itself; any other is written by its name. */
export const knownCvLanguages = ['kk', 'ru', 'en'] as const;

/** A seeker keeps at most this many CVs. */
export const MAX_CVS_PER_SEEKER = 20;
/** The photo as stored (the database allows the same): 2 MB. */
export const MAX_PHOTO_BYTES = 2_000_000;
export const photoMediaTypes = ['image/jpeg', 'image/png'] as const;
export type PhotoMediaType = (typeof photoMediaTypes)[number];

const requiredText = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.too_long');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.too_long').default('');

/** A month as YYYY-MM: CVs give periods of work to the month. */
export const monthSchema = z.string().regex(/^(19[5-9][0-9]|20[0-9]{2})-(0[1-9]|1[0-2])$/, 'validation.cv_month');

/** One of the listed values; a missing one reads "required", not "invalid". */
const choice = <const T extends readonly [string, ...string[]]>(values: T, invalid = 'validation.invalid_value') =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'validation.required' : invalid) });

export const experienceEntry = z
  .object({
    employer: requiredText(200),
    position: requiredText(200),
    from: monthSchema,
    /** null: works there now. */
    to: monthSchema.nullable(),
    duties: optionalText(2000),
  })
  .superRefine((entry, context) => {
    // YYYY-MM compares as text in calendar order.
    if (entry.to !== null && entry.to < entry.from) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'validation.cv_period_reversed' });
    }
  });
export type ExperienceEntry = z.infer<typeof experienceEntry>;

export const educationEntry = z.object({
  institution: requiredText(300),
  speciality: optionalText(200),
  level: choice(educationLevels),
  graduationYear: z
    .number('validation.cv_year')
    .int('validation.cv_year')
    .min(1950, 'validation.cv_year')
    .max(2100, 'validation.cv_year'),
});
export type EducationEntry = z.infer<typeof educationEntry>;

export const languageEntry = z.object({
  /** kk, ru, en, or the name of another language as the seeker writes it. */
  language: requiredText(60),
  level: choice(languageLevels),
});
export type LanguageEntry = z.infer<typeof languageEntry>;

function addRepeatIssues(values: readonly string[], context: z.RefinementCtx, path: (index: number) => PropertyKey[]) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const key = value.trim().toLocaleLowerCase();
    if (seen.has(key)) context.addIssue({ code: 'custom', path: path(index), message: 'validation.cv_repeated' });
    seen.add(key);
  });
}

export const cvInput = z.object({
  title: requiredText(200),
  desiredPosition: requiredText(200),
  occupationCode: z.enum(occupationCodes, 'validation.cv_occupation').nullable().default(null),
  /** Whole tenge a month, before tax; null: "by agreement". */
  desiredSalary: z
    .number('validation.cv_whole_tenge')
    .int('validation.cv_whole_tenge')
    .positive('validation.cv_whole_tenge')
    .max(100_000_000, 'validation.too_big')
    .nullable()
    .default(null),
  region: choice(regionCodes as [RegionCode, ...RegionCode[]]),
  willingToRelocate: z.boolean().default(false),
  experience: z.array(experienceEntry).max(30, 'validation.too_big').default([]),
  education: z.array(educationEntry).max(20, 'validation.too_big').default([]),
  skills: z
    .array(requiredText(100))
    .max(50, 'validation.too_big')
    .superRefine((skills, context) => addRepeatIssues(skills, context, (index) => [index]))
    .default([]),
  languages: z
    .array(languageEntry)
    .max(20, 'validation.too_big')
    .superRefine((languages, context) =>
      addRepeatIssues(
        languages.map((entry) => entry.language),
        context,
        (index) => [index, 'language'],
      ),
    )
    .default([]),
  about: optionalText(4000),
  /** The language the CV is written in: its PDF speaks it. */
  locale: choice(locales),
});
export type CvInput = z.infer<typeof cvInput>;
/** What the builder sends before defaults apply. */
export type CvInputDraft = z.input<typeof cvInput>;

export const cvUpdateRequest = z.object({ version: z.number().int(), cv: cvInput });
export type CvUpdateRequest = z.infer<typeof cvUpdateRequest>;

/** A photo as base64 in JSON: the API speaks JSON only, and 2 MB fit in the route's body limit once encoded. */
export const cvPhotoRequest = z.object({
  version: z.number().int(),
  mediaType: z.enum(photoMediaTypes),
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 4, 'validation.cv_photo_too_large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.cv_photo_base64'),
});
export type CvPhotoRequest = z.infer<typeof cvPhotoRequest>;
export const versionQuery = z.object({ version: z.coerce.number().int() });

const cvFields = {
  id: uuidSchema,
  title: z.string(),
  desiredPosition: z.string(),
  occupationCode: z.string().nullable(),
  desiredSalary: z.number().int().nullable(),
  region: z.string(),
  willingToRelocate: z.boolean(),
  experience: z.array(
    z.object({
      employer: z.string(),
      position: z.string(),
      from: z.string(),
      to: z.string().nullable(),
      duties: z.string(),
    }),
  ),
  education: z.array(
    z.object({
      institution: z.string(),
      speciality: z.string(),
      level: z.enum(educationLevels),
      graduationYear: z.number().int(),
    }),
  ),
  skills: z.array(z.string()),
  languages: z.array(z.object({ language: z.string(), level: z.enum(languageLevels) })),
  about: z.string(),
  locale: localeSchema,
  hasPhoto: z.boolean(),
  updatedAt: isoDateTime,
};

/** The seeker's own CV in the builder. */
export const cvView = z.object({ ...cvFields, version: z.number().int(), createdAt: isoDateTime });
export type CvView = z.infer<typeof cvView>;

export const cvSummary = z.object({
  id: uuidSchema,
  title: z.string(),
  desiredPosition: z.string(),
  occupationCode: z.string().nullable(),
  region: z.string(),
  locale: localeSchema,
  hasPhoto: z.boolean(),
  version: z.number().int(),
  updatedAt: isoDateTime,
});
export type CvSummary = z.infer<typeof cvSummary>;

export const myCvsResponse = z.object({ items: z.array(cvSummary), cvVisibility: z.enum(cvVisibilities) });
export type MyCvsResponse = z.infer<typeof myCvsResponse>;

/** Who is looking: the seeker, their centre's staff, or an employer (who never gets the IIN or contacts). */
export const cvViewerKinds = ['owner', 'centre', 'employer'] as const;
export type CvViewerKind = (typeof cvViewerKinds)[number];

/** The CV page: the same for every entitled viewer except the contacts, which only the seeker and the centre get. */
export const cvPageView = z.object({
  ...cvFields,
  fullName: z.string(),
  viewer: z.enum(cvViewerKinds),
  contacts: z
    .object({ iin: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
});
export type CvPageView = z.infer<typeof cvPageView>;

export const cvSearchQuery = z.object({
  occupation: z.enum(occupationCodes, 'validation.cv_occupation').optional(),
  region: z.enum(regionCodes).optional(),
  q: z.string().trim().max(100, 'validation.too_long').optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export type CvSearchQuery = z.infer<typeof cvSearchQuery>;

export const cvSearchHit = z.object({
  id: uuidSchema,
  fullName: z.string(),
  title: z.string(),
  desiredPosition: z.string(),
  occupationCode: z.string().nullable(),
  desiredSalary: z.number().int().nullable(),
  region: z.string(),
  willingToRelocate: z.boolean(),
  locale: localeSchema,
  hasPhoto: z.boolean(),
  updatedAt: isoDateTime,
});
export type CvSearchHit = z.infer<typeof cvSearchHit>;

export const CV_SEARCH_PAGE_SIZE = 20;
export const cvSearchResponse = z.object({ items: z.array(cvSearchHit), page: z.number().int(), hasMore: z.boolean() });
export type CvSearchResponse = z.infer<typeof cvSearchResponse>;

export const consentView = z.object({
  cvVisibility: z.enum(cvVisibilities),
  /** Without a profile the first choice also creates it, and then needs the region and district. */
  profileExists: z.boolean(),
});
export type ConsentView = z.infer<typeof consentView>;

export const consentRequest = z.object({
  cvVisibility: z.enum(cvVisibilities),
  region: z.enum(regionCodes).optional(),
  district: districtCodeSchema.optional(),
});
export type ConsentRequest = z.infer<typeof consentRequest>;
