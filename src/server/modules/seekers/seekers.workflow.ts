// A registration at a centre as data (ФК-А.01): the employment-assistance specialist accepts it, recording the
// categories, or refuses it with a reason; the engine moves the status, checks the version and audits the decision.
import { sql, type Transaction } from 'kysely';
import { Role } from '../../../shared/roles';
import { seekerCategoryNames } from '../../../shared/seekers/categories';
import { type DeregistrationReason, deregistrationReasonNames } from '../../../shared/seekers/deregistration';
import type { SessionUser } from '../../platform/auth/access';
import type { Database } from '../../platform/db/database';
import { notify } from '../../platform/notifications/notifications';
import { type Actor, actorUserId, type WorkflowDefinition } from '../../platform/workflow/workflow';
import type { SeekerRegistrationKind, SeekerRegistrationStatus } from './seekers.tables';

export type RegistrationRecord = {
  id: string;
  status: SeekerRegistrationStatus;
  version: number;
  centreId: string;
  organisationId: null;
  seekerId: string;
  kind: SeekerRegistrationKind;
  centreNameKk: string;
  centreNameRu: string;
};

export type AcceptInput = { categories: readonly string[] };
export type RefuseInput = { reason: string };
export type DeregisterInput = { reason: DeregistrationReason; note: string | null };
export type RegistrationAction = 'accept' | 'refuse' | 'deregister' | 'withdraw';

const kindNames = {
  job_seeker: { kk: 'жұмыс іздеуші', ru: 'ищущий работу', en: 'a job seeker' },
  unemployed: { kk: 'жұмыссыз', ru: 'безработный', en: 'unemployed' },
} as const;

/** Step ids of ФК-А.01, which is not among our maps: the definition is applied directly, never registered in app.ts. */
export const registrationSteps = {
  request: 'A01-1',
  assisted: 'A01-1a',
  accept: 'A01-2',
  refuse: 'A01-3',
  deregister: 'A01-4',
  withdraw: 'A01-4a',
} as const;

/** Ends a registration: the ground, the note, when and by whom, in the step's transaction. */
async function recordDeregistration(
  tx: Transaction<Database>,
  id: string,
  { reason, note }: DeregisterInput,
  actor: Actor,
  now: Date,
) {
  await tx
    .updateTable('seeker_registrations')
    .set({
      deregistration_reason: reason,
      deregistration_note: note,
      deregistered_at: now,
      deregistered_by: actorUserId(actor),
    })
    .where('id', '=', id)
    .execute();
}

export const registrationWorkflow: WorkflowDefinition<
  SeekerRegistrationStatus,
  RegistrationAction,
  RegistrationRecord
> = {
  name: 'seeker-registration',
  // The registry feeds ФК-В.03's demand and supply (B03-2.1); the engine's type asks for one of our processes.
  process: 'B03',
  subjectType: 'seeker_registration',
  table: 'seeker_registrations',
  statuses: ['requested', 'registered', 'refused', 'deregistered'],
  transitions: [
    {
      step: registrationSteps.accept,
      action: 'accept',
      from: ['requested'],
      to: 'registered',
      roles: [Role.employmentAssistanceSpecialist],
      effects: [
        async ({ record, actor, input, now, tx }) => {
          const { categories } = input as unknown as AcceptInput;
          await tx
            .updateTable('seeker_registrations')
            .set({ categories: [...categories], decided_at: now, decided_by: actorUserId(actor) })
            .where('id', '=', record.id)
            .execute();
          const names = (locale: 'kk' | 'ru' | 'en') =>
            categories.length === 0
              ? { kk: 'жоқ', ru: 'нет', en: 'none' }[locale]
              : categories
                  .map((c) => seekerCategoryNames[c as keyof typeof seekerCategoryNames]?.[locale] ?? c)
                  .join(', ');
          await notify(tx, {
            userId: record.seekerId,
            template: 'seekers.registered',
            params: {
              kindKk: kindNames[record.kind].kk,
              kindRu: kindNames[record.kind].ru,
              kindEn: kindNames[record.kind].en,
              centreKk: record.centreNameKk,
              centreRu: record.centreNameRu,
              categoriesKk: names('kk'),
              categoriesRu: names('ru'),
              categoriesEn: names('en'),
              url: '/seeker',
            },
            link: '/seeker',
            now,
          });
        },
      ],
    },
    {
      step: registrationSteps.refuse,
      action: 'refuse',
      from: ['requested'],
      to: 'refused',
      roles: [Role.employmentAssistanceSpecialist],
      effects: [
        async ({ record, actor, input, now, tx }) => {
          const { reason } = input as unknown as RefuseInput;
          await tx
            .updateTable('seeker_registrations')
            .set({ refusal_reason: reason, decided_at: now, decided_by: actorUserId(actor) })
            .where('id', '=', record.id)
            .execute();
          await notify(tx, {
            userId: record.seekerId,
            template: 'seekers.refused',
            params: { centreKk: record.centreNameKk, centreRu: record.centreNameRu, reason, url: '/seeker' },
            link: '/seeker',
            now,
          });
        },
      ],
    },
    {
      step: registrationSteps.deregister,
      action: 'deregister',
      from: ['registered'],
      to: 'deregistered',
      roles: [Role.employmentAssistanceSpecialist],
      effects: [
        async ({ record, actor, input, now, tx }) => {
          const ground = input as unknown as DeregisterInput;
          await recordDeregistration(tx, record.id, ground, actor, now);
          const name = deregistrationReasonNames[ground.reason];
          const note = ground.note ? ` (${ground.note})` : '';
          await notify(tx, {
            userId: record.seekerId,
            template: 'seekers.deregistered',
            params: {
              centreKk: record.centreNameKk,
              centreRu: record.centreNameRu,
              reasonKk: `${name.kk}${note}`,
              reasonRu: `${name.ru}${note}`,
              reasonEn: `${name.en}${note}`,
              url: '/seeker',
            },
            link: '/seeker',
            now,
          });
        },
      ],
    },
    {
      // The seeker leaves the registry on their own request: no decision of the centre is needed for that.
      step: registrationSteps.withdraw,
      action: 'withdraw',
      from: ['registered'],
      to: 'deregistered',
      roles: [Role.jobSeeker],
      guard: ({ record, actor }) => ('id' in actor && actor.id === record.seekerId ? null : 'seekers.not_yours'),
      effects: [
        async ({ record, actor, now, tx }) =>
          recordDeregistration(tx, record.id, { reason: 'own_request', note: null }, actor, now),
      ],
    },
  ],
  load: async (tx, id) => {
    const { rows } = await sql<{
      id: string;
      status: SeekerRegistrationStatus;
      version: number;
      centre_id: string;
      seeker_id: string;
      kind: SeekerRegistrationKind;
      name_kk: string;
      name_ru: string;
    }>`
        select r.id, r.status, r.version, r.centre_id, r.seeker_id, r.kind, o.name_kk, o.name_ru
        from seeker_registrations r join organisations o on o.id = r.centre_id
        where r.id = ${id} for update of r`.execute(tx);
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      status: row.status,
      version: row.version,
      centreId: row.centre_id,
      organisationId: null,
      seekerId: row.seeker_id,
      kind: row.kind,
      centreNameKk: row.name_kk,
      centreNameRu: row.name_ru,
    };
  },
  isVisibleTo: (record, user) => isRegistrationVisibleTo(record, user),
};

/**
 * The centre's employment-assistance specialists (who decide) and its head (who reads), and the seeker themselves;
 * everyone else gets 404, as if it did not exist.
 */
export function isRegistrationVisibleTo(record: { centreId: string; seekerId: string }, user: SessionUser): boolean {
  if (user.role === Role.jobSeeker) return user.id === record.seekerId;
  const ofCentre = user.role === Role.employmentAssistanceSpecialist || user.role === Role.centreHead;
  return ofCentre && user.organisationId === record.centreId;
}
