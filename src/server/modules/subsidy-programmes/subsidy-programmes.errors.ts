// Errors of subsidy programmes as data: a new version that would start before a version already entered.
import { DomainError } from '../../platform/errors';

/** Versions of a programme follow one another: a new one must start after the latest one's start (422). */
export const startsBeforeExisting = ({ version, validFrom }: { version: number; validFrom: string }) =>
  new DomainError(
    'subsidy_programmes.starts_before_existing',
    { version, validFrom },
    [{ field: 'validFrom', code: 'subsidy_programmes.starts_before_existing', params: { version, validFrom } }],
    422,
  );
