// Why a signature or an ЭЦП sign-in is refused: stable codes (statuses in shared/errors.ts, messages in i18n/*.errors.json).
import type { ErrorCode } from '../../../shared/errors';
import { DomainError } from '../../platform/errors';

export type SignatureErrorCode = Extract<ErrorCode, `signatures.${string}`>;

/** The refusals the verifier itself can answer with (the others belong to sign-in and evidence). */
export type SignatureRefusalCode = Exclude<SignatureErrorCode, 'signatures.nonce_invalid' | 'signatures.no_account'>;

export function signatureRefused(code: SignatureErrorCode, params: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, params);
}
