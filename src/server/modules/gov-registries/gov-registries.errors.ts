// Errors of the government-registry adapters: a source that cannot answer, and a BIN no registry knows.
import { DomainError } from '../../platform/errors';

/** Unreachable, slow, failing or answering outside the contract: the employer is told to try later. */
export const govRegistriesUnavailable = () => new DomainError('gov_registries.unavailable');

export const organisationNotFound = (bin: string) => new DomainError('gov_registries.organisation_not_found', { bin });
