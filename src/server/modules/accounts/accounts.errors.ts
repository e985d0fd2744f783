// Error factories of accounts, with stable codes (messages in shared/i18n/*.errors.json).
import { DomainError } from '../../platform/errors';

export const linkInvalid = () => new DomainError('accounts.link_invalid');
export const iinTaken = () => new DomainError('accounts.iin_taken', {}, [{ field: 'iin', code: 'accounts.iin_taken' }]);
export const emailTaken = () =>
  new DomainError('accounts.email_taken', {}, [{ field: 'email', code: 'accounts.email_taken' }]);

/** Joining needs an organisation's certificate: a personal one names no BIN to join with. */
export const certificateWithoutBin = () => new DomainError('accounts.certificate_without_bin', {}, [], 422);
/** Only the first head or a person with signing right may act for the organisation (the certificate's role says so). */
export const notOrganisationHead = () => new DomainError('accounts.not_organisation_head', {}, [], 422);
/** The organisation is in Jumys already: a colleague joins only through an invitation from its head. */
export const organisationExists = () => new DomainError('accounts.organisation_exists', {}, [], 409);
export const organisationNotRegistered = (bin: string) =>
  new DomainError('accounts.organisation_not_registered', { bin }, [], 422);
export const organisationNotActive = (bin: string) =>
  new DomainError('accounts.organisation_not_active', { bin }, [], 422);
/** The business registry did not answer: nothing was created, the person may try again later. */
export const registryUnavailable = () => new DomainError('accounts.registry_unavailable', {}, [], 503);
export const regionUnknown = () => new DomainError('accounts.region_unknown', {}, [], 422);
export const manageUsersRequired = () => new DomainError('accounts.manage_users_required', {}, [], 403);
/** An organisation always keeps someone who can manage its users. */
export const lastManager = () => new DomainError('accounts.last_manager', {}, [], 422);
/** The certificate's holder has a Jumys account already (one IIN, one account): they sign in to it instead. */
/** A job seeker joins with their own (individual's) key, not one issued to them as an organisation's employee. */
export const organisationCertificate = () => new DomainError('accounts.organisation_certificate', {}, [], 422);
export const signerHasAccount = () => new DomainError('accounts.signer_has_account', {}, [], 409);
