// Why the seeker registry refuses something: stable codes `seekers.<reason>` with messages in i18n/*.errors.json.
import { DomainError } from '../../platform/errors';

/** The person already has a registration that is requested or in force: one open registration per person. */
export const openRegistrationExists = () => new DomainError('seekers.open_registration_exists', {}, [], 409);

/** The profile changed since the form loaded it (another tab, or the centre): nothing was saved. */
export const profileChangedElsewhere = () => new DomainError('seekers.profile_changed', {}, [], 409);

/** Without an IIN there is no birth date or sex to record; the centre can register the person instead. */
export const iinMissing = () => new DomainError('seekers.iin_missing', {}, [], 422);

/** Registration needs the profile first: where the person lives, education and experience. */
export const profileMissing = () => new DomainError('seekers.profile_missing', {}, [], 422);

/** Not an employment centre. */
export const unknownCentre = () =>
  new DomainError('seekers.unknown_centre', {}, [{ field: 'centreId', code: 'seekers.unknown_centre' }], 422);

/** The IIN belongs to an account that is not a job seeker's (an employer's or staff member's). */
export const iinNotSeeker = () =>
  new DomainError('seekers.iin_not_seeker', {}, [{ field: 'iin', code: 'seekers.iin_not_seeker' }], 409);

/** The e-mail is another account's login or address. */
export const emailTaken = () =>
  new DomainError('accounts.email_taken', {}, [{ field: 'email', code: 'accounts.email_taken' }], 409);

/** The district chosen is not one of the region's (КАТО). */
export const districtNotInRegion = () =>
  new DomainError(
    'seekers.district_not_in_region',
    {},
    [{ field: 'district', code: 'seekers.district_not_in_region' }],
    422,
  );
