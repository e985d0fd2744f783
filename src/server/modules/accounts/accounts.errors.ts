// Error factories of accounts, with stable codes (messages in shared/i18n/*.errors.json).
import { DomainError } from '../../platform/errors';

export const linkInvalid = () => new DomainError('accounts.link_invalid');
export const iinTaken = () => new DomainError('accounts.iin_taken', {}, [{ field: 'iin', code: 'accounts.iin_taken' }]);
export const emailTaken = () =>
  new DomainError('accounts.email_taken', {}, [{ field: 'email', code: 'accounts.email_taken' }]);
