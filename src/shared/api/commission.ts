// The employment centre's commission (комиссия ЦТМ, ЕМО комиссиясы), ФК-В.03 steps 2.5–3.2: members, sessions, the
// agenda of applications, attendance, conflicts of interest, votes, per-application decisions and the minutes.
import { z } from 'zod';
import { iinSchema, isoDateTime, uuidSchema } from './common';
import { base64Schema } from './signatures';
import { applicationStatuses } from './subsidized-jobs';
import { conclusionView } from './subsidy-review';

/** The deputy chair (төрағаның орынбасары / заместитель председателя) presides when the chair is absent. */
export const memberRoles = ['chair', 'deputy_chair', 'secretary', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];
export const votes = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof votes)[number];
export const decisions = ['approved', 'rejected'] as const;
export type ItemDecision = (typeof decisions)[number];
export const SessionStatus = {
  planned: 'planned',
  inSession: 'in_session',
  closed: 'closed',
  cancelled: 'cancelled',
} as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];
export const sessionStatuses = Object.values(SessionStatus) as [SessionStatus, ...SessionStatus[]];
export const minutesLanguages = ['kk', 'ru'] as const;
export type MinutesLanguage = (typeof minutesLanguages)[number];

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.too_long');

export const memberView = z.object({
  id: uuidSchema,
  fullName: z.string(),
  position: z.string(),
  role: z.enum(memberRoles),
  userId: uuidSchema.nullable(),
  userName: z.string().nullable(),
  /** The recorded IIN, masked: whoever signs the minutes signs with a personal certificate of this IIN. */
  iinMasked: z.string().nullable(),
  active: z.boolean(),
});
export type MemberView = z.infer<typeof memberView>;
export const memberListResponse = z.object({
  items: z.array(memberView),
  /** Staff of the centre a member may be linked to (the chair and secretary usually are). */
  linkableUsers: z.array(z.object({ id: uuidSchema, fullName: z.string(), role: z.string() })),
  canManage: z.boolean(),
});
export type MemberListResponse = z.infer<typeof memberListResponse>;

export const createMemberRequest = z.object({
  fullName: text(200),
  position: z.string().trim().max(200, 'validation.too_long').default(''),
  role: z.enum(memberRoles),
  userId: uuidSchema.nullable().default(null),
  iin: iinSchema.nullable().default(null),
});
export type CreateMemberRequest = z.infer<typeof createMemberRequest>;

export const updateMemberRequest = z
  .object({
    fullName: text(200),
    position: z.string().trim().max(200, 'validation.too_long'),
    role: z.enum(memberRoles),
    userId: uuidSchema.nullable(),
    iin: iinSchema.nullable(),
    active: z.boolean(),
  })
  .partial();
export type UpdateMemberRequest = z.infer<typeof updateMemberRequest>;

export const createSessionRequest = z.object({
  scheduledFor: isoDateTime,
  place: text(300),
});
export type CreateSessionRequest = z.infer<typeof createSessionRequest>;

export const sessionListItem = z.object({
  id: uuidSchema,
  number: z.number().int(),
  scheduledFor: isoDateTime,
  place: z.string(),
  status: z.enum(sessionStatuses),
  items: z.number().int(),
  decided: z.number().int(),
});
export const sessionListResponse = z.object({ items: z.array(sessionListItem) });
export type SessionListItem = z.infer<typeof sessionListItem>;

export const agendaRequest = z.object({
  applicationIds: z.array(uuidSchema).min(1, 'validation.required').max(100),
});
export type AgendaRequest = z.infer<typeof agendaRequest>;

export const versionRequest = z.object({ version: z.number().int() });

export const attendanceRequest = z.object({
  attendance: z
    .array(z.object({ memberId: uuidSchema, present: z.boolean() }))
    .min(1, 'validation.required')
    .max(100),
});
export type AttendanceRequest = z.infer<typeof attendanceRequest>;

export const conflictRequest = z.object({ memberId: uuidSchema, reason: text(500) });
export type ConflictRequest = z.infer<typeof conflictRequest>;

export const voteRequest = z.object({
  vote: z.enum(votes),
  /** A member's dissenting opinion (особое мнение / ерекше пікір), noted in the minutes. */
  dissent: z.string().trim().max(2000, 'validation.too_long').optional(),
});
export type VoteRequest = z.infer<typeof voteRequest>;

/** What the votes carried is the decision: the proposal adopted, or rejected as a whole. Nothing is typed. */
export const decisionRequest = z.object({});
export type DecisionRequest = z.infer<typeof decisionRequest>;

/**
 * The proposal voted on (B03-3.1): per position of the application, approved or not and how many jobs (0 … asked),
 * with a reason wherever fewer jobs than asked are approved. Amended by the secretary before the first vote.
 */
export const proposalPositionRequest = z.object({
  ordinal: z.number().int().min(1),
  approved: z.boolean(),
  approvedJobs: z.number().int().min(0).max(100_000),
  /** null: the reason stays the failed checklist items the proposal started with. */
  reason: z.string().trim().max(2000, 'validation.too_long').nullable().optional(),
});
export const proposalRequest = z.object({
  positions: z.array(proposalPositionRequest).min(1, 'validation.required').max(100),
});
export type ProposalRequest = z.infer<typeof proposalRequest>;

export const proposalPositionView = z.object({
  ordinal: z.number().int(),
  occupationCode: z.string(),
  occupationName: z.string(),
  jobsAsked: z.number().int(),
  approved: z.boolean(),
  approvedJobs: z.number().int(),
  /** The reason as a person typed it; null where the reason is the failed checklist items. */
  reason: z.string().nullable(),
  /** The checklist items that failed for the position (B03-2.2), named in kk, ru and en. */
  reasonItems: z.array(
    z.object({
      code: z.string(),
      position: z.number().int().nullable(),
      label: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
    }),
  ),
  /** Jobs the commission decided for the position; null until it decides. */
  decidedJobs: z.number().int().nullable(),
});
export type ProposalPositionView = z.infer<typeof proposalPositionView>;

type ReasonOf = Pick<ProposalPositionView, 'reason' | 'reasonItems'>;

/** A position's reason for the reader: as typed, else the failed items named in the reader's language. */
export function positionReason(p: ReasonOf, language: 'kk' | 'ru' | 'en'): string | null {
  if (p.reason) return p.reason;
  return p.reasonItems.length > 0 ? p.reasonItems.map((i) => i.label[language]).join('; ') : null;
}

/**
 * The grounds of a decision drawn from its proposal, in the reader's language: one reason for every position reads
 * once; different reasons are named by their position (its occupation's name as the reader reads it).
 */
export function proposalGrounds<P extends ReasonOf & { approvedJobs: number; jobsAsked: number }>(
  proposal: readonly P[],
  language: 'kk' | 'ru' | 'en',
  nameOf: (p: P) => string,
): string | null {
  const short = proposal
    .filter((p) => p.approvedJobs < p.jobsAsked)
    .map((p) => ({ p, reason: positionReason(p, language) }))
    .filter((s): s is { p: P; reason: string } => s.reason !== null);
  if (short.length === 0) return null;
  const distinct = new Set(short.map((s) => s.reason));
  return distinct.size === 1 && short.length === proposal.length
    ? short[0]!.reason
    : short.map((s) => `${nameOf(s.p)}: ${s.reason}`).join('; ');
}

export const minutesQuery = z.object({ lang: z.enum(minutesLanguages) });

/** The chair (or the deputy who presided) and the secretary sign each language of the minutes with personal ЭЦП. */
export const signMinutesRequest = z.object({ language: z.enum(minutesLanguages), cms: base64Schema });
export type SignMinutesRequest = z.infer<typeof signMinutesRequest>;

/** A session that cannot be held is cancelled with its reason; its applications wait for the next one. */
export const cancelSessionRequest = z.object({ version: z.number().int(), reason: text(2000) });
export type CancelSessionRequest = z.infer<typeof cancelSessionRequest>;
/** An undecided item moves to another planned session of the centre. */
export const postponeItemRequest = z.object({
  toSessionId: uuidSchema,
  reason: z.string().trim().max(2000).optional(),
});
export type PostponeItemRequest = z.infer<typeof postponeItemRequest>;
/** An item before its vote goes back to the specialist's review. */
export const withdrawItemRequest = z.object({ reason: text(2000) });
export type WithdrawItemRequest = z.infer<typeof withdrawItemRequest>;

export const itemRemovals = ['session_cancelled', 'postponed', 'withdrawn', 'application_withdrawn'] as const;
export type ItemRemoval = (typeof itemRemovals)[number];

/** Applications at the commission on no agenda (their session was cancelled): the next session takes them. */
export const commissionQueueResponse = z.object({
  items: z.array(
    z.object({
      id: uuidSchema,
      number: z.string().nullable(),
      employer: z.object({ bin: z.string(), nameKk: z.string(), nameRu: z.string() }),
      programmeCode: z.string(),
      jobs: z.number().int(),
      lastSessionNumber: z.number().int().nullable(),
    }),
  ),
});
export type CommissionQueueResponse = z.infer<typeof commissionQueueResponse>;

/** How the rule of commission.workflow.ts counts one item: who may vote, who did, and what the votes carry. */
export const itemTally = z.object({
  /** Members of the session not excluded by a conflict of interest. */
  eligible: z.number().int(),
  eligiblePresent: z.number().int(),
  quorum: z.boolean(),
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
  /** Present eligible members who have not voted yet. */
  notVoted: z.number().int(),
  /** "for" votes needed to approve: more than half of the present eligible members. */
  forNeeded: z.number().int(),
  /** What the votes carry once everybody present has voted; null before. */
  outcome: z.enum(decisions).nullable(),
});
export type ItemTally = z.infer<typeof itemTally>;

export const agendaItemView = z.object({
  id: uuidSchema,
  ordinal: z.number().int(),
  application: z.object({
    id: uuidSchema,
    number: z.string().nullable(),
    status: z.enum(applicationStatuses),
    version: z.number().int(),
    employer: z.object({ id: uuidSchema, bin: z.string(), nameKk: z.string(), nameRu: z.string() }),
    programme: z.object({ code: z.string(), nameKk: z.string(), nameRu: z.string() }),
    positions: z.array(
      z.object({
        occupationCode: z.string(),
        occupationName: z.string(),
        jobs: z.number().int(),
        monthlyWage: z.number().int(),
        durationMonths: z.number().int(),
        district: z.string(),
      }),
    ),
    jobsAsked: z.number().int(),
    submittedAt: isoDateTime.nullable(),
    /** B03-1.3 automatic check as last kept on the application. */
    employerEligible: z.boolean().nullable(),
    /** B03-2.2 the checklist's conclusion the application travels with: a non-compliant one with its reasons. */
    conclusion: conclusionView.nullable(),
    /** B03-2.2 the specialist's manual checks of the current revision, if any. */
    compliance: z.object({
      passed: z.number().int(),
      failed: z.number().int(),
      notApplicable: z.number().int(),
      items: z.array(
        z.object({ item: z.string(), result: z.enum(['passed', 'failed', 'not_applicable']), note: z.string() }),
      ),
    }),
  }),
  conflicts: z.array(
    z.object({ memberId: uuidSchema, memberName: z.string(), reason: z.string(), declaredAt: isoDateTime }),
  ),
  /** Members whose user reviewed this application (B03-2.2–2.4): they record and cast no vote on it. */
  recusedMemberIds: z.array(uuidSchema),
  votes: z.array(
    z.object({
      memberId: uuidSchema,
      vote: z.enum(votes),
      dissent: z.string().nullable(),
      castAt: isoDateTime,
      recordedByName: z.string(),
    }),
  ),
  tally: itemTally,
  /** The decision put to the vote, per position. */
  proposal: z.array(proposalPositionView),
  decision: z
    .object({
      decision: z.enum(decisions),
      approvedJobs: z.number().int().nullable(),
      reason: z.string().nullable(),
      /** The commission voted the proposal down. */
      rejectedByVote: z.boolean(),
      decidedAt: isoDateTime,
    })
    .nullable(),
  /** Why the item left this agenda without a decision, if it did. */
  removal: z
    .object({
      kind: z.enum(itemRemovals),
      reason: z.string().nullable(),
      at: isoDateTime,
      movedToSessionNumber: z.number().int().nullable(),
    })
    .nullable(),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const sessionMemberView = memberView.pick({ id: true, fullName: true, position: true, role: true }).extend({
  /** null while nobody has marked the member yet. */
  present: z.boolean().nullable(),
});

export const sessionView = z.object({
  id: uuidSchema,
  number: z.number().int(),
  centre: z.object({ id: uuidSchema, nameKk: z.string(), nameRu: z.string() }),
  scheduledFor: isoDateTime,
  place: z.string(),
  status: z.enum(sessionStatuses),
  version: z.number().int(),
  openedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  cancelledAt: isoDateTime.nullable(),
  cancelReason: z.string().nullable(),
  /** Before opening: the centre's active members; from opening on, the session's own composition. */
  members: z.array(sessionMemberView),
  quorum: z.object({
    members: z.number().int(),
    present: z.number().int(),
    /** Present members needed: more than half of the members. */
    needed: z.number().int(),
    reached: z.boolean(),
  }),
  items: z.array(agendaItemView),
  minutes: z.object({ kk: uuidSchema, ru: uuidSchema }).nullable(),
  /** Who must sign the minutes and what each has signed; decisions are entered only once everyone has. */
  minutesSignatures: z.array(
    z.object({
      memberId: uuidSchema,
      fullName: z.string(),
      role: z.enum(memberRoles),
      signed: z.array(z.object({ language: z.enum(minutesLanguages), signedAt: isoDateTime })),
      /** This user is the member and may sign now. */
      mine: z.boolean(),
    }),
  ),
  minutesSignedAt: isoDateTime.nullable(),
  /** The commission member this user is, if any: they may cast their own vote. */
  myMemberId: uuidSchema.nullable(),
  /** The session workflow's actions this user may take now (open, close, …). */
  actions: z.array(z.object({ action: z.string(), step: z.string(), to: z.string() })),
  /** May this user record attendance, conflicts, votes and decisions (the commission's secretary)? */
  canRecord: z.boolean(),
  /** Items whose decision the specialist can still enter into the application (B03-3.1). */
  decisionsToEnter: z.number().int(),
});
export type SessionView = z.infer<typeof sessionView>;

export const enterDecisionsResponse = z.object({
  entered: z.array(z.object({ applicationId: uuidSchema, status: z.enum(applicationStatuses) })),
});

export const applicationDecisionResponse = z.object({
  id: uuidSchema,
  status: z.enum(applicationStatuses),
  version: z.number().int(),
  decision: z.enum(decisions),
  approvedJobs: z.number().int().nullable(),
  reason: z.string().nullable(),
  decidedAt: isoDateTime,
});

/** B03-3.2 the commission's decision as its employer reads it: per position, what was approved and why not. */
export const applicationCommissionDecision = z.object({
  decision: z.enum(decisions),
  rejectedByVote: z.boolean(),
  decidedAt: isoDateTime,
  session: z.object({ id: uuidSchema, number: z.number().int() }),
  positions: z.array(proposalPositionView),
  positionsApproved: z.number().int(),
  jobsApproved: z.number().int(),
  jobsAsked: z.number().int(),
});
export type ApplicationCommissionDecision = z.infer<typeof applicationCommissionDecision>;
export const applicationCommissionDecisionResponse = z.object({ decision: applicationCommissionDecision.nullable() });
