// Workflows as data: a process is a table of transitions keyed by the map's step ids, applied by one engine.
import { sql, type Transaction } from 'kysely';
import type { Role } from '../../../shared/roles';
import { appendAudit } from '../audit/audit';
import type { SessionUser } from '../auth/access';
import type { Database, Db } from '../db/database';
import { DomainError, notFound } from '../errors';

/** Automatic steps (the maps' «Автоматически») act as the system, not as a person. */
export type SystemActor = { kind: 'system'; name: string };
export type Actor = SessionUser | SystemActor;
export const systemActor = (name: string): SystemActor => ({ kind: 'system', name });
const isSystem = (actor: Actor): actor is SystemActor => 'kind' in actor && actor.kind === 'system';

/** What the engine needs of any record a workflow moves. */
export type WorkflowRecord<S extends string> = {
  id: string;
  status: S;
  version: number;
  centreId: string | null;
  organisationId: string | null;
};

export type TransitionContext<Rec, Input> = {
  record: Rec;
  actor: Actor;
  input: Input;
  now: Date;
  tx: Transaction<Database>;
};

export type GuardContext<Rec> = { record: Rec; actor: Actor; now: Date };

export type Transition<S extends string, A extends string, Rec, Input = unknown> = {
  /** The map's step id, verbatim: 'B03-2.3'. */
  step: string;
  action: A;
  from: readonly S[];
  to: S;
  roles: readonly (Role | 'system')[];
  /** A pure check on the record; returns the error code that explains why not, or null. */
  guard?: (ctx: GuardContext<Rec>) => `${string}.${string}` | null;
  /** Data changes and queued work that belong to this step, in the same transaction as the status change. */
  effects?: readonly ((ctx: TransitionContext<Rec, Input>) => Promise<void>)[];
};

export type WorkflowDefinition<S extends string, A extends string, Rec extends WorkflowRecord<S>> = {
  /** A stable name, e.g. 'subsidy-application'. */
  name: string;
  process: 'B03' | 'B06';
  /** The audit subject type and the table whose status and version the engine moves. */
  subjectType: string;
  table: string;
  statuses: readonly S[];
  transitions: readonly Transition<S, A, Rec, never>[];
  /** Loads the record, locked for update; undefined when it does not exist. */
  load: (tx: Transaction<Database>, id: string) => Promise<Rec | undefined>;
  /** Scoping: a record the actor may not see answers 404, as if it did not exist. */
  isVisibleTo: (record: Rec, actor: SessionUser) => boolean;
};

// biome-ignore lint/suspicious/noExplicitAny: a registry of definitions of different record types
export type AnyWorkflow = WorkflowDefinition<string, string, any>;

function roleOf(actor: Actor): Role | 'system' {
  return isSystem(actor) ? 'system' : actor.role;
}

export type AvailableAction<A extends string> = { action: A; step: string; to: string };

/** The actions this actor may take on the record now; the UI draws its buttons from this list only. */
export function availableActions<S extends string, A extends string, Rec extends WorkflowRecord<S>>(
  definition: WorkflowDefinition<S, A, Rec>,
  record: Rec,
  actor: Actor,
  now: Date,
): AvailableAction<A>[] {
  return definition.transitions
    .filter(
      (t) =>
        t.from.includes(record.status) &&
        t.roles.includes(roleOf(actor)) &&
        (t.guard?.({ record, actor, now }) ?? null) === null,
    )
    .map((t) => ({ action: t.action, step: t.step, to: t.to }));
}

export type ApplyActionRequest<A extends string, Input> = {
  id: string;
  action: A;
  /** The version the actor saw; a different current version means someone else acted first. */
  expectedVersion: number;
  actor: Actor;
  input: Input;
  now: Date;
  comment?: string | null;
};

/**
 * Applies one action: role, guard, compare-and-set on the version, the audit entry and the effects,
 * all in one transaction. Of two concurrent actions on one record exactly one wins; the other gets 409.
 */
export async function applyAction<S extends string, A extends string, Rec extends WorkflowRecord<S>, Input>(
  db: Db,
  definition: WorkflowDefinition<S, A, Rec>,
  request: ApplyActionRequest<A, Input>,
): Promise<{ record: Rec; step: string }> {
  const { id, action, expectedVersion, actor, input, now } = request;
  if (!definition.transitions.some((t) => t.action === action)) throw new DomainError('workflow.unknown_action');

  return db.transaction().execute(async (tx) => {
    const record = await definition.load(tx, id);
    if (!record || (!isSystem(actor) && !definition.isVisibleTo(record, actor))) throw notFound();
    const candidates = definition.transitions.filter((t) => t.action === action && t.roles.includes(roleOf(actor)));
    if (candidates.length === 0) throw new DomainError('auth.forbidden');
    if (record.version !== expectedVersion) throw new DomainError('workflow.conflict');
    const transition = candidates.find((t) => t.from.includes(record.status));
    if (!transition) throw new DomainError('workflow.action_not_allowed', { status: record.status });
    const refusal = transition.guard?.({ record, actor, now }) ?? null;
    if (refusal) throw new DomainError(refusal, {}, [], 422);

    const updated = await sql<{ version: number }>`
      update ${sql.table(definition.table)}
      set status = ${transition.to}, version = version + 1
      where id = ${id} and version = ${expectedVersion} and status = ${record.status}
      returning version`.execute(tx);
    if (updated.rows.length !== 1) throw new DomainError('workflow.conflict');

    await appendAudit(tx, {
      at: now,
      actorId: isSystem(actor) ? null : actor.id,
      actorRole: roleOf(actor),
      action: `${definition.name}.${action}`,
      step: transition.step,
      subjectType: definition.subjectType,
      subjectId: id,
      centreId: record.centreId,
      organisationId: record.organisationId,
      fromStatus: record.status,
      toStatus: transition.to,
      details: {
        version: updated.rows[0]!.version,
        ...(request.comment ? { comment: request.comment } : {}),
        ...(isSystem(actor) ? { system: actor.name } : {}),
      },
    });

    const moved = { ...record, status: transition.to, version: updated.rows[0]!.version };
    for (const effect of (transition.effects ?? []) as readonly ((
      ctx: TransitionContext<Rec, Input>,
    ) => Promise<void>)[]) {
      await effect({ record: moved, actor, input, now, tx });
    }
    return { record: moved, step: transition.step };
  });
}

/** Checks a definition against itself at start: statuses known, step ids well-formed, no ambiguous transitions. */
export function assertWellFormed(definition: AnyWorkflow, knownStepIds: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const t of definition.transitions) {
    if (!knownStepIds.has(t.step)) throw new Error(`${definition.name}: unknown step id ${t.step}`);
    for (const s of [...t.from, t.to]) {
      if (!definition.statuses.includes(s)) throw new Error(`${definition.name}: unknown status ${s}`);
    }
    for (const from of t.from) {
      for (const role of t.roles) {
        const key = `${from}|${t.action}|${role}`;
        if (seen.has(key)) throw new Error(`${definition.name}: two transitions for ${key}`);
        seen.add(key);
      }
    }
  }
}
