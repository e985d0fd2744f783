// A registration at a centre as data (ФК-А.01): the employment-assistance specialist accepts it, recording the
// categories, or refuses it with a reason; the engine moves the status, checks the version and audits the decision.
import { sql } from 'kysely';
import { Role } from '../../../shared/roles';
import { seekerCategoryNames } from '../../../shared/seekers/categories';
import type { SessionUser } from '../../platform/auth/access';
import { notify } from '../../platform/notifications/notifications';
import type { WorkflowDefinition } from '../../platform/workflow/workflow';
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
export type RegistrationAction = 'accept' | 'refuse';

const kindNames = {
  job_seeker: { kk: 'жұмыс іздеуші', ru: 'ищущий работу', en: 'a job seeker' },
  unemployed: { kk: 'жұмыссыз', ru: 'безработный', en: 'unemployed' },
} as const;

/** Step ids of ФК-А.01, which is not among our maps: the definition is applied directly, never registered in app.ts. */
export const registrationSteps = { request: 'A01-1', assisted: 'A01-1a', accept: 'A01-2', refuse: 'A01-3' } as const;

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
            .set({ categories: [...categories], decided_at: now, decided_by: 'id' in actor ? actor.id : null })
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
            .set({ refusal_reason: reason, decided_at: now, decided_by: 'id' in actor ? actor.id : null })
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

/** The employment-assistance specialists of the centre; everyone else gets 404, as if it did not exist. */
export function isRegistrationVisibleTo(record: { centreId: string }, user: SessionUser): boolean {
  return user.role === Role.employmentAssistanceSpecialist && user.organisationId === record.centreId;
}
