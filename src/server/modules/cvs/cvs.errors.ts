// Errors of CVs and the seeker's consent: stable codes (messages in shared/i18n/*.errors.json), each field error with its path.
import { MAX_CVS_PER_SEEKER, MAX_PHOTO_BYTES } from '../../../shared/api/cvs';
import { DomainError, type FieldError } from '../../platform/errors';

/** The CV changed since the builder loaded it (another tab or device): nothing was saved. */
export const cvChangedElsewhere = () => new DomainError('cvs.changed_elsewhere', {}, [], 409);

export const tooManyCvs = () => new DomainError('cvs.too_many', { maximum: MAX_CVS_PER_SEEKER }, [], 422);

/** Rules the schema cannot know, such as a month after today: nothing was saved. */
export const cvInvalid = (fieldErrors: FieldError[]) => new DomainError('cvs.invalid', {}, fieldErrors, 422);

export const photoTooLarge = () =>
  new DomainError(
    'cvs.photo_too_large',
    { maximum: MAX_PHOTO_BYTES / 1_000_000 },
    [{ field: 'dataBase64', code: 'cvs.photo_too_large', params: { maximum: MAX_PHOTO_BYTES / 1_000_000 } }],
    413,
  );

/** The bytes are not a JPEG or PNG, or not the one the request names. */
export const photoNotImage = () =>
  new DomainError('cvs.photo_not_image', {}, [{ field: 'dataBase64', code: 'cvs.photo_not_image' }], 422);

/** A JPEG or PNG by its first bytes that still cannot be read (cut short, or a variant the PDF cannot embed). */
export const photoUnreadable = () =>
  new DomainError('cvs.photo_unreadable', {}, [{ field: 'dataBase64', code: 'cvs.photo_unreadable' }], 422);

/** The first consent also creates the seeker's profile, which needs where they live: region and district. */
export const profileLocationRequired = (missing: readonly ('region' | 'district')[]) =>
  new DomainError(
    'cvs.profile_location_required',
    {},
    missing.map((field) => ({ field, code: 'validation.required' })),
    422,
  );

/** Without an IIN the profile has no birth date or sex to record; the centre can register the person instead. */
export const iinMissing = () => new DomainError('cvs.iin_missing', {}, [], 422);

/** The district chosen for the new profile is not one of the region's (КАТО). */
export const districtNotInRegion = () =>
  new DomainError('cvs.district_not_in_region', {}, [{ field: 'district', code: 'cvs.district_not_in_region' }], 422);
