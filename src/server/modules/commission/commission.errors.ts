// Why the commission refuses something: stable codes `commission.<reason>` with messages in i18n/*.errors.json.
import { DomainError, type FieldError } from '../../platform/errors';

export type CommissionErrorCode =
  | 'commission.no_quorum'
  | 'commission.chair_missing'
  | 'commission.secretary_missing'
  | 'commission.agenda_empty'
  | 'commission.items_undecided'
  | 'commission.chair_exists'
  | 'commission.secretary_exists'
  | 'commission.user_not_in_centre'
  | 'commission.user_already_member'
  | 'commission.member_inactive'
  | 'commission.member_not_in_session'
  | 'commission.member_absent'
  | 'commission.member_conflicted'
  | 'commission.member_has_voted'
  | 'commission.conflict_exists'
  | 'commission.item_decided'
  | 'commission.votes_incomplete'
  | 'commission.decision_contradicts_votes'
  | 'commission.approved_jobs_required'
  | 'commission.approved_jobs_exceed'
  | 'commission.reason_required'
  | 'commission.application_not_under_review'
  | 'commission.duplicate_application'
  | 'commission.minutes_not_ready'
  | 'commission.session_not_closed'
  | 'commission.item_has_votes'
  | 'commission.proposal_has_votes'
  | 'commission.decision_not_delivered'
  | 'commission.proposal_position_unknown'
  | 'commission.deputy_exists'
  | 'commission.not_presiding'
  | 'commission.signers_incomplete'
  | 'commission.reviewer_recused'
  | 'commission.not_a_signer'
  | 'commission.minutes_already_signed'
  | 'commission.signer_not_individual'
  | 'commission.target_session_not_planned';

const statusOf: Record<CommissionErrorCode, number> = {
  'commission.no_quorum': 422,
  'commission.chair_missing': 422,
  'commission.secretary_missing': 422,
  'commission.agenda_empty': 422,
  'commission.items_undecided': 422,
  'commission.chair_exists': 409,
  'commission.secretary_exists': 409,
  'commission.user_not_in_centre': 422,
  'commission.user_already_member': 409,
  'commission.member_inactive': 422,
  'commission.member_not_in_session': 422,
  'commission.member_absent': 422,
  'commission.member_conflicted': 422,
  'commission.member_has_voted': 409,
  'commission.conflict_exists': 409,
  'commission.item_decided': 409,
  'commission.votes_incomplete': 422,
  'commission.decision_contradicts_votes': 422,
  'commission.approved_jobs_required': 422,
  'commission.approved_jobs_exceed': 422,
  'commission.reason_required': 422,
  'commission.application_not_under_review': 409,
  'commission.duplicate_application': 400,
  'commission.minutes_not_ready': 409,
  'commission.session_not_closed': 409,
  'commission.item_has_votes': 409,
  'commission.proposal_has_votes': 409,
  'commission.decision_not_delivered': 409,
  'commission.proposal_position_unknown': 422,
  'commission.deputy_exists': 409,
  'commission.not_presiding': 403,
  'commission.signers_incomplete': 422,
  'commission.reviewer_recused': 422,
  'commission.not_a_signer': 403,
  'commission.minutes_already_signed': 409,
  'commission.signer_not_individual': 422,
  'commission.target_session_not_planned': 422,
};

export function commissionError(
  code: CommissionErrorCode,
  params: Record<string, unknown> = {},
  fieldErrors: FieldError[] = [],
): DomainError {
  return new DomainError(code, params, fieldErrors, statusOf[code]);
}

/** An error that belongs beside one field of the form, and also as the problem's detail. */
export function commissionFieldError(
  code: CommissionErrorCode,
  field: string,
  params: Record<string, unknown> = {},
): DomainError {
  return commissionError(code, params, [{ field, code, params }]);
}

export function isCommissionErrorCode(code: string): code is CommissionErrorCode {
  return code in statusOf;
}
