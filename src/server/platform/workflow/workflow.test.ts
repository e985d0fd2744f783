// The workflow engine on a scratch table: roles, statuses, guards, scoping, compare-and-set, audit and rollback.
import { sql } from 'kysely';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { processMaps, stepId } from '../../../shared/processes';
import type { SessionUser } from '../auth/access';
import type { Db } from '../db/database';
import { DomainError } from '../errors';
import { enqueueJob } from '../jobs/jobs';
import { notify } from '../notifications/notifications';
import {
  type AnyWorkflow,
  applyAction,
  applyActionIn,
  assertWellFormed,
  availableActions,
  performActivity,
  systemActor,
  type WorkflowDefinition,
  type WorkflowRecord,
} from './workflow';

const WidgetStatus = { draft: 'draft', submitted: 'submitted', approved: 'approved', archived: 'archived' } as const;
type WidgetStatus = (typeof WidgetStatus)[keyof typeof WidgetStatus];
type WidgetAction = 'submit' | 'return' | 'approve' | 'archive' | 'edit_draft' | 'note';
type Widget = WorkflowRecord<WidgetStatus> & { blocked: boolean; ownerId: string };
type ApproveInput = { failAfterEffects?: boolean };

const knownStepIds = new Set(processMaps.flatMap((m) => m.steps.map((s) => stepId(m.code, s.number))));

const widgets: WorkflowDefinition<WidgetStatus, WidgetAction, Widget> = {
  name: 'test-widget',
  process: 'B03',
  subjectType: 'test_widget',
  table: 'test_widgets',
  statuses: Object.values(WidgetStatus),
  activities: [
    { step: 'B03-1.2', action: 'edit_draft', from: ['draft'], roles: ['employer_representative'], editsRecord: true },
    {
      step: 'B03-2.4',
      action: 'note',
      from: ['submitted'],
      roles: ['employer_relations_specialist'],
      guard: ({ record }) => (record.blocked ? 'widget.blocked' : null),
    },
  ],
  transitions: [
    { step: 'B03-1.4', action: 'submit', from: ['draft'], to: 'submitted', roles: ['employer_representative'] },
    {
      step: 'B03-2.3',
      action: 'return',
      from: ['submitted'],
      to: 'draft',
      roles: ['employer_relations_specialist'],
    },
    {
      step: 'B03-4.1',
      action: 'approve',
      from: ['submitted'],
      to: 'approved',
      roles: ['centre_head'],
      guard: ({ record }) => (record.blocked ? 'widget.blocked' : null),
      effects: [
        async ({ record, now, tx }) => {
          await notify(tx, {
            userId: record.ownerId,
            template: 'account.welcome',
            params: { name: 'owner' },
            now,
            email: false,
          });
        },
        async ({ record, now, tx }) => {
          await enqueueJob(tx, 'widget.publish', { widgetId: record.id }, now, { dedupeKey: `publish:${record.id}` });
        },
        async ({ input }: { input: ApproveInput }) => {
          if (input.failAfterEffects) throw new Error('the registry did not answer');
        },
      ],
    },
    { step: 'B03-3.2', action: 'archive', from: ['approved'], to: 'archived', roles: ['system'] },
  ],
  load: async (tx, id) => {
    const { rows } = await sql<{
      id: string;
      status: WidgetStatus;
      version: number;
      centre_id: string | null;
      organisation_id: string | null;
      blocked: boolean;
      owner_id: string;
    }>`select * from test_widgets where id = ${id} for update`.execute(tx);
    const row = rows[0];
    return (
      row && {
        id: row.id,
        status: row.status,
        version: row.version,
        centreId: row.centre_id,
        organisationId: row.organisation_id,
        blocked: row.blocked,
        ownerId: row.owner_id,
      }
    );
  },
  isVisibleTo: (record, actor) =>
    actor.organisationId === record.centreId || actor.organisationId === record.organisationId,
};

let db: Db;
let world: TestWorld;
const actors = {} as Record<'employer' | 'specialist' | 'head' | 'specialistOfAlmaty' | 'otherEmployer', SessionUser>;
const now = new Date('2026-03-02T06:00:00Z');

async function createWidget(status: WidgetStatus = 'draft', options: { blocked?: boolean } = {}): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into test_widgets (status, centre_id, organisation_id, blocked, owner_id)
    values (${status}, ${world.centres.astana}, ${world.employers.a}, ${options.blocked ?? false}, ${world.users.employerA})
    returning id`.execute(db);
  return rows[0]!.id;
}

async function widgetRow(id: string) {
  const { rows } = await sql<{ status: string; version: number }>`
    select status, version from test_widgets where id = ${id}`.execute(db);
  return rows[0];
}

const auditOf = (id: string) =>
  db
    .selectFrom('audit_log')
    .selectAll()
    .where('subject_type', '=', 'test_widget')
    .where('subject_id', '=', id)
    .execute();

/** The DomainError a rejected promise carries, or a failure when it resolved or threw something else. */
async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => new Error('expected the action to be refused'),
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw error;
  return error;
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await sql`
    create table if not exists test_widgets (
      id uuid primary key default gen_random_uuid(),
      status text not null check (status in ('draft', 'submitted', 'approved', 'archived')),
      version int not null default 1,
      centre_id uuid,
      organisation_id uuid,
      blocked boolean not null default false,
      owner_id uuid not null
    )`.execute(db);
  world = await seedTestWorld(db);
  actors.employer = await sessionUserOf(db, world.users.employerA);
  actors.otherEmployer = await sessionUserOf(db, world.users.employerB);
  actors.specialist = await sessionUserOf(db, world.users.specialistAstana);
  actors.head = await sessionUserOf(db, world.users.headAstana);
  actors.specialistOfAlmaty = await sessionUserOf(db, world.users.specialistAlmaty);
});

beforeEach(async () => {
  await sql`truncate test_widgets, jobs, notifications`.execute(db);
});

describe('workflow engine', () => {
  it('B03-1.4 a permitted action moves the status, bumps the version and writes one audit entry', async () => {
    const id = await createWidget();
    const result = await applyAction(db, widgets, {
      id,
      action: 'submit',
      expectedVersion: 1,
      actor: actors.employer,
      input: {},
      now,
      comment: 'ready for review',
    });
    expect(result).toMatchObject({ step: 'B03-1.4', record: { status: 'submitted', version: 2 } });
    expect(await widgetRow(id)).toEqual({ status: 'submitted', version: 2 });
    expect(await auditOf(id)).toMatchObject([
      {
        action: 'test-widget.submit',
        step: 'B03-1.4',
        from_status: 'draft',
        to_status: 'submitted',
        actor_id: world.users.employerA,
        actor_role: 'employer_representative',
        centre_id: world.centres.astana,
        organisation_id: world.employers.a,
        details: { version: 2, comment: 'ready for review' },
      },
    ]);
    expect((await auditOf(id))[0]!.at.toISOString()).toBe(now.toISOString());
  });

  it('refuses an actor whose role the transition does not list with 403 auth.forbidden', async () => {
    const id = await createWidget('submitted');
    const error = await domainErrorOf(
      applyAction(db, widgets, { id, action: 'approve', expectedVersion: 1, actor: actors.specialist, input: {}, now }),
    );
    expect(error).toMatchObject({ code: 'auth.forbidden', status: 403 });
    expect(await widgetRow(id)).toEqual({ status: 'submitted', version: 1 });
    expect(await auditOf(id)).toEqual([]);
  });

  it('refuses an action not allowed from the current status with workflow.action_not_allowed', async () => {
    const id = await createWidget('approved');
    const error = await domainErrorOf(
      applyAction(db, widgets, { id, action: 'submit', expectedVersion: 1, actor: actors.employer, input: {}, now }),
    );
    expect(error).toMatchObject({ code: 'workflow.action_not_allowed', status: 409, params: { status: 'approved' } });
    expect(await widgetRow(id)).toEqual({ status: 'approved', version: 1 });
  });

  it('an action no transition defines answers workflow.unknown_action', async () => {
    const id = await createWidget();
    const error = await domainErrorOf(
      applyAction(db, widgets, {
        id,
        action: 'delete' as WidgetAction,
        expectedVersion: 1,
        actor: actors.employer,
        input: {},
        now,
      }),
    );
    expect(error.code).toBe('workflow.unknown_action');
  });

  it('B03-4.1 a guard refusal answers the guard’s own code with status 422 and changes nothing', async () => {
    const id = await createWidget('submitted', { blocked: true });
    const error = await domainErrorOf(
      applyAction(db, widgets, { id, action: 'approve', expectedVersion: 1, actor: actors.head, input: {}, now }),
    );
    expect(error).toMatchObject({ code: 'widget.blocked', status: 422 });
    expect(await widgetRow(id)).toEqual({ status: 'submitted', version: 1 });
    expect(await auditOf(id)).toEqual([]);
  });

  it('a record of another centre or employer answers record.not_found, as if it did not exist', async () => {
    const id = await createWidget('submitted');
    for (const actor of [actors.specialistOfAlmaty, actors.otherEmployer]) {
      const error = await domainErrorOf(
        applyAction(db, widgets, { id, action: 'return', expectedVersion: 1, actor, input: {}, now }),
      );
      expect(error).toMatchObject({ code: 'record.not_found', status: 404 });
    }
    const missing = await domainErrorOf(
      applyAction(db, widgets, {
        id: '00000000-0000-4000-8000-000000000000',
        action: 'return',
        expectedVersion: 1,
        actor: actors.specialist,
        input: {},
        now,
      }),
    );
    expect(missing.code).toBe('record.not_found');
    expect(await widgetRow(id)).toEqual({ status: 'submitted', version: 1 });
  });

  it('of two concurrent actions with the same expected version exactly one wins; the other gets workflow.conflict', async () => {
    const id = await createWidget('submitted');
    const results = await Promise.allSettled([
      applyAction(db, widgets, { id, action: 'return', expectedVersion: 1, actor: actors.specialist, input: {}, now }),
      applyAction(db, widgets, { id, action: 'approve', expectedVersion: 1, actor: actors.head, input: {}, now }),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(DomainError);
    expect(rejected[0]!.reason).toMatchObject({ code: 'workflow.conflict', status: 409 });
    const row = await widgetRow(id);
    expect(row?.version).toBe(2);
    expect(row?.status).toBe(fulfilled[0]!.value.record.status);
    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.to_status).toBe(row?.status);
  });

  it('a stale expected version answers workflow.conflict', async () => {
    const id = await createWidget();
    await applyAction(db, widgets, {
      id,
      action: 'submit',
      expectedVersion: 1,
      actor: actors.employer,
      input: {},
      now,
    });
    await applyAction(db, widgets, {
      id,
      action: 'return',
      expectedVersion: 2,
      actor: actors.specialist,
      input: {},
      now,
    });
    const error = await domainErrorOf(
      applyAction(db, widgets, { id, action: 'submit', expectedVersion: 2, actor: actors.employer, input: {}, now }),
    );
    expect(error.code).toBe('workflow.conflict');
    expect(await widgetRow(id)).toEqual({ status: 'draft', version: 3 });
    expect(await auditOf(id)).toHaveLength(2);
  });

  it('an effect that throws rolls back the status, the version, the audit entry and the rows other effects wrote', async () => {
    const id = await createWidget('submitted');
    const input: ApproveInput = { failAfterEffects: true };
    await expect(
      applyAction(db, widgets, { id, action: 'approve', expectedVersion: 1, actor: actors.head, input, now }),
    ).rejects.toThrow('the registry did not answer');
    expect(await widgetRow(id)).toEqual({ status: 'submitted', version: 1 });
    expect(await auditOf(id)).toEqual([]);
    expect(await db.selectFrom('notifications').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('jobs').selectAll().execute()).toEqual([]);
  });

  it('effects commit with the transition on success: the notification and the queued job are there', async () => {
    const id = await createWidget('submitted');
    await applyAction(db, widgets, { id, action: 'approve', expectedVersion: 1, actor: actors.head, input: {}, now });
    expect(await widgetRow(id)).toEqual({ status: 'approved', version: 2 });
    expect(await db.selectFrom('notifications').select(['user_id', 'template']).execute()).toEqual([
      { user_id: world.users.employerA, template: 'account.welcome' },
    ]);
    const jobs = await db.selectFrom('jobs').select(['kind', 'payload', 'status']).execute();
    expect(jobs).toEqual([{ kind: 'widget.publish', payload: { widgetId: id }, status: 'queued' }]);
  });

  it('B03-3.2 an automatic step acts as the system: no person, role "system", the job named in the audit', async () => {
    const id = await createWidget('approved');
    const personal = await domainErrorOf(
      applyAction(db, widgets, { id, action: 'archive', expectedVersion: 1, actor: actors.head, input: {}, now }),
    );
    expect(personal.code).toBe('auth.forbidden');
    await applyAction(db, widgets, {
      id,
      action: 'archive',
      expectedVersion: 1,
      actor: systemActor('archive-after-term'),
      input: {},
      now,
    });
    expect(await auditOf(id)).toMatchObject([
      {
        step: 'B03-3.2',
        actor_id: null,
        actor_role: 'system',
        from_status: 'approved',
        to_status: 'archived',
        details: { version: 2, system: 'archive-after-term' },
      },
    ]);
  });

  it('availableActions lists only what the actor’s role may do from the current status, guards included', async () => {
    const draft = { id: 'w', status: 'draft', version: 1, centreId: null, organisationId: null, blocked: false };
    const record = (status: WidgetStatus, blocked = false): Widget => ({ ...draft, status, blocked, ownerId: 'u' });
    expect(availableActions(widgets, record('draft'), actors.employer, now)).toEqual([
      { action: 'submit', step: 'B03-1.4', to: 'submitted' },
      { action: 'edit_draft', step: 'B03-1.2', to: 'draft' },
    ]);
    expect(availableActions(widgets, record('draft'), actors.specialist, now)).toEqual([]);
    expect(availableActions(widgets, record('submitted'), actors.specialist, now)).toEqual([
      { action: 'return', step: 'B03-2.3', to: 'draft' },
      { action: 'note', step: 'B03-2.4', to: 'submitted' },
    ]);
    expect(availableActions(widgets, record('submitted', true), actors.specialist, now)).toEqual([
      { action: 'return', step: 'B03-2.3', to: 'draft' },
    ]);
    expect(availableActions(widgets, record('submitted'), actors.head, now)).toEqual([
      { action: 'approve', step: 'B03-4.1', to: 'approved' },
    ]);
    expect(availableActions(widgets, record('submitted', true), actors.head, now)).toEqual([]);
    expect(availableActions(widgets, record('submitted'), actors.employer, now)).toEqual([]);
    expect(availableActions(widgets, record('approved'), systemActor('job'), now)).toEqual([
      { action: 'archive', step: 'B03-3.2', to: 'archived' },
    ]);
  });
});

describe('assertWellFormed', () => {
  const definition = widgets as unknown as AnyWorkflow;
  const withTransition = (extra: Partial<AnyWorkflow['transitions'][number]>): AnyWorkflow => ({
    ...definition,
    transitions: [
      ...definition.transitions,
      { step: 'B03-5', action: 'extra', from: ['draft'], to: 'draft', roles: ['employer_representative'], ...extra },
    ],
  });

  it('accepts a definition whose steps and statuses are all known', () => {
    expect(() => assertWellFormed(definition, knownStepIds)).not.toThrow();
  });

  it('throws on a step id the maps do not have', () => {
    expect(() => assertWellFormed(withTransition({ step: 'B03-9.9' }), knownStepIds)).toThrow(
      /unknown step id B03-9.9/,
    );
    expect(() => assertWellFormed(withTransition({ step: 'B03-2.3 ' }), knownStepIds)).toThrow(/unknown step id/);
  });

  it('throws on a status the definition does not list, in from or in to', () => {
    expect(() => assertWellFormed(withTransition({ to: 'deleted' }), knownStepIds)).toThrow(/unknown status deleted/);
    expect(() => assertWellFormed(withTransition({ from: ['limbo'] }), knownStepIds)).toThrow(/unknown status limbo/);
  });

  it('throws on two transitions for the same status, action and role', () => {
    const ambiguous = withTransition({ step: 'B03-1.3', action: 'submit', to: 'approved' });
    expect(() => assertWellFormed(ambiguous, knownStepIds)).toThrow(/two transitions for draft\|submit/);
  });
});

describe('activities: steps that keep the status', () => {
  it('B03-1.2 an editing activity runs its work, bumps the version and audits the step without a status change', async () => {
    const id = await createWidget();
    const { record, result } = await performActivity(
      db,
      widgets,
      { id, action: 'edit_draft', expectedVersion: 1, actor: actors.employer, now, details: { fields: 2 } },
      async ({ record: locked }) => `edited ${locked.id}`,
    );
    expect(result).toBe(`edited ${id}`);
    expect(record).toMatchObject({ status: 'draft', version: 2 });
    expect(await widgetRow(id)).toEqual({ status: 'draft', version: 2 });
    expect(await auditOf(id)).toMatchObject([
      {
        action: 'test-widget.edit_draft',
        step: 'B03-1.2',
        from_status: null,
        to_status: null,
        details: { version: 2, fields: 2 },
      },
    ]);
  });

  it('B03-1.2 of two edits from the same version one wins and the other gets 409, and its work is rolled back', async () => {
    const id = await createWidget();
    const outcomes = await Promise.allSettled(
      [1, 2].map((n) =>
        performActivity(
          db,
          widgets,
          { id, action: 'edit_draft', expectedVersion: 1, actor: actors.employer, now },
          async ({ tx }) => {
            await sql`update test_widgets set blocked = ${n === 2} where id = ${id}`.execute(tx);
          },
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'workflow.conflict', status: 409 });
    expect(await widgetRow(id)).toEqual({ status: 'draft', version: 2 });
    expect(await auditOf(id)).toHaveLength(1);
  });

  it('B03-2.4 a non-editing activity needs no version, is refused in another status, for another role, by its guard and outside the centre', async () => {
    const id = await createWidget('submitted');
    const note = (actor: SessionUser) =>
      performActivity(db, widgets, { id, action: 'note', actor, now }, async () => 'noted');
    expect((await note(actors.specialist)).result).toBe('noted');
    expect(await widgetRow(id)).toEqual({ status: 'submitted', version: 1 });
    expect(await domainErrorOf(note(actors.head))).toMatchObject({ code: 'auth.forbidden', status: 403 });
    expect(await domainErrorOf(note(actors.specialistOfAlmaty))).toMatchObject({
      code: 'record.not_found',
      status: 404,
    });
    const draft = await createWidget('draft');
    expect(
      await domainErrorOf(
        performActivity(db, widgets, { id: draft, action: 'note', actor: actors.specialist, now }, async () => 1),
      ),
    ).toMatchObject({ code: 'workflow.action_not_allowed' });
    const blocked = await createWidget('submitted', { blocked: true });
    expect(
      await domainErrorOf(
        performActivity(db, widgets, { id: blocked, action: 'note', actor: actors.specialist, now }, async () => 1),
      ),
    ).toMatchObject({ code: 'widget.blocked', status: 422 });
  });

  it("applyActionIn commits or rolls back with the caller's own writes", async () => {
    const id = await createWidget();
    await expect(
      db.transaction().execute(async (tx) => {
        await applyActionIn(tx, widgets, {
          id,
          action: 'submit',
          expectedVersion: 1,
          actor: actors.employer,
          input: {},
          now,
        });
        throw new Error('the caller failed after the step');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await widgetRow(id)).toEqual({ status: 'draft', version: 1 });
    expect(await auditOf(id)).toEqual([]);
    await db.transaction().execute((tx) =>
      applyActionIn(tx, widgets, {
        id,
        action: 'submit',
        expectedVersion: 1,
        actor: actors.employer,
        input: {},
        now,
      }),
    );
    expect(await widgetRow(id)).toEqual({ status: 'submitted', version: 2 });
  });

  it('assertWellFormed refuses an activity with an unknown step or status, or named like a transition', () => {
    const bad = (activity: object) => ({ ...widgets, activities: [activity] }) as AnyWorkflow;
    expect(() =>
      assertWellFormed(bad({ step: 'B03-9.9', action: 'x', from: ['draft'], roles: [] }), knownStepIds),
    ).toThrow(/unknown step/);
    expect(() =>
      assertWellFormed(bad({ step: 'B03-1.2', action: 'x', from: ['lost'], roles: [] }), knownStepIds),
    ).toThrow(/unknown status/);
    expect(() =>
      assertWellFormed(bad({ step: 'B03-1.2', action: 'submit', from: ['draft'], roles: [] }), knownStepIds),
    ).toThrow(/both/);
  });
});
