// Errors of the employer's side of an application (B03-1.1–1.4): stable codes, each field error with its path.
import { DomainError, type FieldError } from '../../platform/errors';

/** Field codes, each shown beside its field (messages in i18n/*.errors.json). */
export const FieldCode = {
  binNotOwn: 'subsidized_jobs.bin_not_own',
  programmeNotInForce: 'subsidized_jobs.programme_not_in_force',
  programmeFormulaNotSet: 'subsidized_jobs.programme_formula_not_set',
  centreUnknown: 'subsidized_jobs.centre_unknown',
  centreFixed: 'subsidized_jobs.centre_fixed',
  wageBelowMzp: 'subsidized_jobs.wage_below_mzp',
  durationOverMaximum: 'subsidized_jobs.duration_over_maximum',
  startDateRequired: 'subsidized_jobs.start_date_required',
  startDateInPast: 'subsidized_jobs.start_date_in_past',
  startDateTooFar: 'subsidized_jobs.start_date_too_far',
  districtNotInRegion: 'subsidized_jobs.district_not_in_region',
} as const;

/** The application form breaks a rule of its programme or the data: nothing of it was saved. */
export const formInvalid = (fieldErrors: FieldError[]) =>
  new DomainError('subsidized_jobs.form_invalid', {}, fieldErrors, 422);

export const requisitesInvalid = (fieldErrors: FieldError[]) =>
  new DomainError('subsidized_jobs.requisites_invalid', {}, fieldErrors, 422);

/** МЗП/МРП of the year are not in the data yet: an administrator must enter them before anyone can apply. */
export const indicatorsMissing = (year: number) =>
  new DomainError('subsidized_jobs.indicators_missing', { year }, [], 503);

/** The business registry does not know the organisation's BIN: no check can pass. */
export const employerNotRegistered = (bin: string) =>
  new DomainError('subsidized_jobs.employer_not_registered', { bin }, [], 422);
