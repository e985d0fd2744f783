// ФК-В.03 steps 1–3.2 as data: how a subsidized-job application moves from the employer's draft to the decision.
import { sql, type Transaction } from 'kysely';
import { ApplicationStatus } from '../../../shared/api/subsidized-jobs';
import { Role } from '../../../shared/roles';
import type { SessionUser } from '../../platform/auth/access';
import type { Database } from '../../platform/db/database';
import { notify } from '../../platform/notifications/notifications';
import type { GuardContext, Transition, WorkflowDefinition, WorkflowRecord } from '../../platform/workflow/workflow';
import { AbandonmentSetting, abandonmentRefusal, defaultAbandonmentSettings } from './subsidized-jobs.waiting';

export type ApplicationAction =
  | 'save_requisites'
  | 'save_form'
  | 'check_employer'
  | 'prepare_signature'
  | 'edit'
  | 'edit_returned'
  | 'sign_and_send'
  | 'assess_demand_supply'
  | 'start_review'
  | 'record_compliance'
  | 'record_conclusion'
  | 'return_with_remarks'
  | 'log_consultation'
  | 'send_to_commission'
  | 'withdraw_from_commission'
  | 'record_decision'
  | 'deliver_approval'
  | 'deliver_rejection'
  | 'withdraw'
  | 'close_abandoned';

export type ApplicationRecord = WorkflowRecord<ApplicationStatus> & {
  employerId: string;
  hasRequisites: boolean;
  hasContacts: boolean;
  positions: number;
  eligible: boolean | null;
  checkedAt: Date | null;
  pendingDocumentId: string | null;
  revision: number;
  /** The checklist's conclusion was drawn for the revision under review (B03-2.2). */
  hasConclusion: boolean;
  /** The commission's decision on this application's latest agenda item, once taken. */
  commissionDecision: 'approved' | 'rejected' | null;
  /** That item's session is closed and its minutes are signed by whoever presided and the secretary. */
  commissionMinutesSigned: boolean;
  decision: 'approved' | 'rejected' | null;
  /** B03-2.3: when the centre last returned it for correction. */
  returnedAt: Date | null;
  /** When the employer was told the returned application may be closed as abandoned. */
  abandonmentNoticeAt: Date | null;
  /** The administrator's setting in force when the record was loaded. */
  closeAfterWorkingDays: number;
};

export type WithdrawInput = { reason: string };

/** A check older than this is asked again before signing: registries change daily. */
export const CHECK_VALID_MS = 24 * 60 * 60_000;

const employer = [Role.employerRepresentative] as const;
const specialist = [Role.employerRelationsSpecialist] as const;
const editable = [ApplicationStatus.draft, ApplicationStatus.returned] as const;
/** Every status before the centre's decision is entered (B03-3.1): the employer may still withdraw. */
export const withdrawableStatuses = [
  ApplicationStatus.draft,
  ApplicationStatus.awaitingSignature,
  ApplicationStatus.submitted,
  ApplicationStatus.underReview,
  ApplicationStatus.returned,
  ApplicationStatus.atCommission,
] as const;
const atCentre = [
  ApplicationStatus.submitted,
  ApplicationStatus.underReview,
  ApplicationStatus.returned,
  ApplicationStatus.atCommission,
] as const;

type AbandonmentRecord = Pick<
  ApplicationRecord,
  'status' | 'returnedAt' | 'abandonmentNoticeAt' | 'closeAfterWorkingDays'
>;

function closeAbandonedGuard({ record, now }: GuardContext<AbandonmentRecord>) {
  return abandonmentRefusal(
    {
      returnedAt: record.returnedAt,
      noticeSentAt: record.abandonmentNoticeAt,
      closeAfterWorkingDays: record.closeAfterWorkingDays,
    },
    now,
  );
}

type NotificationTemplate = 'subsidy.application_withdrawn' | 'subsidy.application_abandoned';

async function notifyEmployerRepresentatives(
  tx: Transaction<Database>,
  record: ApplicationRecord,
  template: NotificationTemplate,
  now: Date,
) {
  const { rows } = await sql<{ id: string; number: string | null }>`
    select u.id, a.number from users u join subsidy_applications a on a.id = ${record.id}
    where u.organisation_id = ${record.employerId} and u.role = ${Role.employerRepresentative}
      and u.disabled_at is null order by u.created_at`.execute(tx);
  for (const user of rows) {
    await notify(tx, {
      userId: user.id,
      template,
      params: { number: user.number ?? '' },
      link: `/employer/applications/${record.id}`,
      now,
    });
  }
}

/**
 * The employer withdraws the application before the centre's decision is entered, saying why. An application the
 * centre has seen (sent at least once) is reported to its specialists; one on a commission agenda and not yet decided
 * leaves that agenda (the commission module's rows, deleted here by one named statement).
 */
const withdrawTransition: Transition<ApplicationStatus, ApplicationAction, ApplicationRecord, WithdrawInput> = {
  step: 'B03-1',
  action: 'withdraw',
  from: withdrawableStatuses,
  to: ApplicationStatus.withdrawn,
  roles: employer,
  effects: [
    async ({ tx, record, input, now }) => {
      await tx
        .updateTable('subsidy_applications')
        .set({ closed_at: now, closed_reason: input.reason, pending_document_id: null, updated_at: now })
        .where('id', '=', record.id)
        .execute();
    },
    async ({ tx, record, input, now }) => removeFromUndecidedAgenda(tx, record.id, input.reason, now),
    async ({ tx, record, input, now }) => {
      if (record.revision === 0) return;
      const { rows } = await sql<{ id: string; number: string | null; employer_kk: string; employer_ru: string }>`
        select u.id, a.number, e.name_kk as employer_kk, e.name_ru as employer_ru
        from subsidy_applications a
        join organisations e on e.id = a.employer_id
        join users u on u.organisation_id = a.centre_id
        where a.id = ${record.id} and u.role = ${Role.employerRelationsSpecialist} and u.disabled_at is null
        order by u.created_at`.execute(tx);
      for (const user of rows) {
        await notify(tx, {
          userId: user.id,
          template: 'subsidy.application_withdrawn',
          params: {
            number: user.number ?? '',
            employerKk: user.employer_kk,
            employerRu: user.employer_ru,
            reason: input.reason,
          },
          link: `/staff/applications/${record.id}`,
          now,
        });
      }
    },
  ],
};

/**
 * Takes a withdrawn application off the commission's agenda while its item is undecided: the conflicts declared and
 * votes cast on that item go with it (the audit log keeps them). A decided item stays, as the minutes record it.
 */
/** The undecided agenda item leaves its session as history (with the employer's reason), votes and all. */
async function removeFromUndecidedAgenda(
  tx: Transaction<Database>,
  applicationId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await tx
    .updateTable('commission_agenda_items')
    .set({ removed_at: now, removal: 'application_withdrawn', removal_reason: reason })
    .where('application_id', '=', applicationId)
    .where('decision', 'is', null)
    .where('removed_at', 'is', null)
    .execute();
}

export const applicationWorkflow: WorkflowDefinition<ApplicationStatus, ApplicationAction, ApplicationRecord> = {
  name: 'subsidy-application',
  process: 'B03',
  subjectType: 'subsidy_application',
  table: 'subsidy_applications',
  statuses: Object.values(ApplicationStatus),
  activities: [
    { step: 'B03-1.1', action: 'save_requisites', from: editable, roles: employer, editsRecord: true },
    { step: 'B03-1.2', action: 'save_form', from: editable, roles: employer, editsRecord: true },
    // The registries' answer is kept on the application whether it passes or not (B03-1.3).
    { step: 'B03-1.3', action: 'check_employer', from: editable, roles: employer, editsRecord: true },
    {
      step: 'B03-2.1',
      action: 'assess_demand_supply',
      from: [ApplicationStatus.submitted, ApplicationStatus.underReview],
      roles: specialist,
    },
    { step: 'B03-2.2', action: 'record_compliance', from: [ApplicationStatus.underReview], roles: specialist },
    { step: 'B03-2.2', action: 'record_conclusion', from: [ApplicationStatus.underReview], roles: specialist },
    { step: 'B03-2.4', action: 'log_consultation', from: atCentre, roles: specialist },
  ],
  transitions: [
    {
      step: 'B03-1.4',
      action: 'prepare_signature',
      from: editable,
      to: ApplicationStatus.awaitingSignature,
      roles: employer,
      guard: ({ record, now }) => {
        if (!record.hasRequisites) return 'subsidized_jobs.requisites_missing';
        if (!record.hasContacts || record.positions === 0) return 'subsidized_jobs.form_incomplete';
        if (record.eligible === null || record.checkedAt === null) return 'subsidized_jobs.check_required';
        if (!record.eligible) return 'subsidized_jobs.employer_not_eligible';
        if (now.getTime() - record.checkedAt.getTime() > CHECK_VALID_MS) return 'subsidized_jobs.check_stale';
        return null;
      },
    },
    // Changing the form after it was prepared discards the unsigned document. A returned application goes back to
    // "returned", so the centre's remarks stay in front of the employer; the UI shows whichever of the two is available.
    {
      step: 'B03-1.2',
      action: 'edit',
      from: [ApplicationStatus.awaitingSignature],
      to: ApplicationStatus.draft,
      roles: employer,
      guard: ({ record }) => (record.revision === 0 ? null : 'subsidized_jobs.already_submitted_once'),
    },
    {
      step: 'B03-1.2',
      action: 'edit_returned',
      from: [ApplicationStatus.awaitingSignature],
      to: ApplicationStatus.returned,
      roles: employer,
      guard: ({ record }) => (record.revision > 0 ? null : 'subsidized_jobs.never_submitted'),
    },
    {
      step: 'B03-1.4',
      action: 'sign_and_send',
      from: [ApplicationStatus.awaitingSignature],
      to: ApplicationStatus.submitted,
      roles: employer,
      // The registries' answer must still be fresh as the employer signs, not only when the document was prepared.
      guard: ({ record, now }) => {
        if (!record.pendingDocumentId) return 'subsidized_jobs.nothing_to_sign';
        if (record.checkedAt === null || now.getTime() - record.checkedAt.getTime() > CHECK_VALID_MS)
          return 'subsidized_jobs.check_stale';
        return null;
      },
    },
    {
      step: 'B03-2.2',
      action: 'start_review',
      from: [ApplicationStatus.submitted],
      to: ApplicationStatus.underReview,
      roles: specialist,
    },
    {
      step: 'B03-2.3',
      action: 'return_with_remarks',
      from: [ApplicationStatus.underReview],
      to: ApplicationStatus.returned,
      roles: specialist,
      // The employer's time to correct counts from here; a notice of an earlier return no longer applies.
      effects: [
        async ({ tx, record, now }) => {
          await tx
            .updateTable('subsidy_applications')
            .set({ returned_at: now, abandonment_notice_at: null })
            .where('id', '=', record.id)
            .execute();
        },
      ],
    },
    withdrawTransition,
    {
      // A returned application the employer never corrected: closed by the centre once the employer was told and
      // the administrator's number of working days has passed. Final, like a rejection.
      step: 'B03-2.3',
      action: 'close_abandoned',
      from: [ApplicationStatus.returned],
      to: ApplicationStatus.abandoned,
      roles: specialist,
      guard: closeAbandonedGuard,
      effects: [
        async ({ tx, record, now }) => {
          await tx
            .updateTable('subsidy_applications')
            .set({ closed_at: now, updated_at: now })
            .where('id', '=', record.id)
            .execute();
          await notifyEmployerRepresentatives(tx, record, 'subsidy.application_abandoned', now);
        },
      ],
    },
    {
      step: 'B03-2.5',
      action: 'send_to_commission',
      from: [ApplicationStatus.underReview],
      to: ApplicationStatus.atCommission,
      roles: specialist,
      // The commission decides on the checklist's conclusion: none drawn for this revision, nothing to decide on.
      guard: ({ record }) => (record.hasConclusion ? null : 'subsidy_review.conclusion_missing'),
    },
    {
      // Withdrawn from the commission's agenda before the vote (a reason is the audit entry's comment): back to review.
      step: 'B03-2.5',
      action: 'withdraw_from_commission',
      from: [ApplicationStatus.atCommission],
      to: ApplicationStatus.underReview,
      roles: specialist,
    },
    {
      step: 'B03-3.1',
      action: 'record_decision',
      from: [ApplicationStatus.atCommission],
      to: ApplicationStatus.decisionRecorded,
      roles: specialist,
      guard: ({ record }) => {
        if (!record.commissionDecision) return 'subsidized_jobs.commission_decision_missing';
        // Only what the signed minutes state reaches the employer.
        return record.commissionMinutesSigned ? null : 'subsidized_jobs.commission_minutes_unsigned';
      },
    },
    {
      step: 'B03-3.2',
      action: 'deliver_approval',
      from: [ApplicationStatus.decisionRecorded],
      to: ApplicationStatus.approved,
      roles: ['system'],
      guard: ({ record }) => (record.decision === 'approved' ? null : 'subsidized_jobs.decision_mismatch'),
    },
    {
      step: 'B03-3.2',
      action: 'deliver_rejection',
      from: [ApplicationStatus.decisionRecorded],
      to: ApplicationStatus.rejected,
      roles: ['system'],
      guard: ({ record }) => (record.decision === 'rejected' ? null : 'subsidized_jobs.decision_mismatch'),
    },
  ],
  load: async (tx, id) => {
    const { rows } = await sql<{
      id: string;
      status: ApplicationStatus;
      version: number;
      centre_id: string;
      employer_id: string;
      has_requisites: boolean;
      has_contacts: boolean;
      positions: number;
      eligible: boolean | null;
      checked_at: Date | null;
      pending_document_id: string | null;
      revision: number;
      has_conclusion: boolean;
      commission_decision: 'approved' | 'rejected' | null;
      commission_minutes_signed: boolean | null;
      decision: 'approved' | 'rejected' | null;
      returned_at: Date | null;
      abandonment_notice_at: Date | null;
      close_after: number | null;
    }>`
      select a.id, a.status, a.version, a.centre_id, a.employer_id,
        a.requisites is not null as has_requisites,
        (a.contact_name is not null and a.contact_phone is not null and a.contact_email is not null) as has_contacts,
        (select count(*)::int from subsidy_application_positions p where p.application_id = a.id) as positions,
        (a.check_result ->> 'eligible')::boolean as eligible, a.checked_at, a.pending_document_id, a.revision,
        exists (select 1 from subsidy_review_conclusions c where c.application_id = a.id and c.revision = a.revision)
          as has_conclusion,
        item.decision as commission_decision,
        (item_session.status = 'closed' and item_session.minutes_signed_at is not null) as commission_minutes_signed,
        a.decision, a.returned_at, a.abandonment_notice_at,
        (select s.value from subsidy_application_settings s where s.key = ${AbandonmentSetting.closeAfter}) as close_after
      from subsidy_applications a
      left join lateral (
        select i.decision, i.session_id from commission_agenda_items i
        where i.application_id = a.id and i.removed_at is null
        order by i.decided_at desc nulls first limit 1
      ) item on true
      left join commission_sessions item_session on item_session.id = item.session_id
      where a.id = ${id} for update of a`.execute(tx);
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      status: row.status,
      version: row.version,
      centreId: row.centre_id,
      organisationId: row.employer_id,
      employerId: row.employer_id,
      hasRequisites: row.has_requisites,
      hasContacts: row.has_contacts,
      positions: row.positions,
      eligible: row.eligible,
      checkedAt: row.checked_at ? new Date(row.checked_at) : null,
      pendingDocumentId: row.pending_document_id,
      revision: row.revision,
      hasConclusion: row.has_conclusion,
      commissionDecision: row.commission_decision,
      commissionMinutesSigned: row.commission_minutes_signed === true,
      decision: row.decision,
      returnedAt: row.returned_at ? new Date(row.returned_at) : null,
      abandonmentNoticeAt: row.abandonment_notice_at ? new Date(row.abandonment_notice_at) : null,
      closeAfterWorkingDays: row.close_after ?? defaultAbandonmentSettings.closeAfterWorkingDays,
    };
  },
  isVisibleTo: (record, user) => isApplicationVisibleTo(record, user),
};

/** The engine's close_abandoned rule (status, role, guard) for a row of the queue, without loading each record. */
export function mayCloseAsAbandoned(record: AbandonmentRecord, user: SessionUser, now: Date): boolean {
  const transition = applicationWorkflow.transitions.find((t) => t.action === 'close_abandoned');
  return (
    transition?.from.includes(record.status) === true &&
    transition.roles.includes(user.role) &&
    closeAbandonedGuard({ record, actor: user, now }) === null
  );
}

/** The employer's own people, the staff of the chosen centre, and administrators; everyone else gets 404. */
export function isApplicationVisibleTo(
  record: { employerId: string; centreId: string | null },
  user: SessionUser,
): boolean {
  if (user.role === Role.administrator) return true;
  if (user.role === Role.employerRepresentative) return user.organisationId === record.employerId;
  if (user.role === Role.jobSeeker) return false;
  return user.organisationId === record.centreId;
}
