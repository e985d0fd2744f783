// Errors of the centre's review of applications (B03-2.1–2.4): stable codes, messages in shared/i18n/*.errors.json.

import { DEMAND_SUPPLY_MAX_DAYS } from '../../../shared/api/subsidy-review';
import { DomainError } from '../../platform/errors';

/** A report period that ends before it starts or spans more than a year. */
export const periodInvalid = () =>
  new DomainError('subsidy_review.period_invalid', { maxDays: DEMAND_SUPPLY_MAX_DAYS }, [], 400);

/** A consultation cannot be logged for a day that has not come yet. */
export const consultationInFuture = () =>
  new DomainError(
    'subsidy_review.consultation_in_future',
    {},
    [{ field: 'givenOn', code: 'subsidy_review.consultation_in_future' }],
    422,
  );

/** The application names a programme with no version in force on its date: its rules cannot be applied. */
export const programmeNotFound = (code: string) =>
  new DomainError('subsidy_review.programme_not_found', { programme: code }, [], 422);

/** "Compliant" needs every item answered: an item without data is not a passed one. */
export const checklistIncomplete = (unknown: number) =>
  new DomainError('subsidy_review.checklist_incomplete', { unknown }, [], 422);
