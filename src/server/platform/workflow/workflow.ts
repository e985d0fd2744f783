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

/**
 * A step of the map that does its work without moving the status (fill in a form, log a consultation, record a
 * check): the engine still checks visibility, role, status and guard, and audits it under the step id.
 */
export type Activity<S extends string, A extends string, Rec> = {
  step: string;
  action: A;
  from: readonly S[];
  roles: readonly (Role | 'system')[];
  guard?: (ctx: GuardContext<Rec>) => `${string}.${string}` | null;
  /** It edits the record itself (a draft): the caller's version must be current, and the version moves on. */
  editsRecord?: boolean;
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
  activities?: readonly Activity<S, A, Rec>[];
  /** Loads the record, locked for update; undefined when it does not exist. */
  load: (tx: Transaction<Database>, id: string) => Promise<Rec | undefined>;
  /** Scoping: a record the actor may not see answers 404, as if it did not exist. */
  isVisibleTo: (record: Rec, actor: SessionUser) => boolean;
};

// biome-ignore lint/suspicious/noExplicitAny: a registry of definitions of different record types
export type AnyWorkflow = WorkflowDefinition<string, string, any>;

/** The user who acts, for "decided_by" and "created_by" columns; null for the system. */
export function actorUserId(actor: Actor): string | null {
  return isSystem(actor) ? null : actor.id;
}

function roleOf(actor: Actor): Role | 'system' {
  return isSystem(actor) ? 'system' : actor.role;
}

export type AvailableAction<A extends string> = { action: A; step: string; to: string };

function allowed<S extends string, Rec>(
  step: { from: readonly S[]; roles: readonly (Role | 'system')[]; guard?: (ctx: GuardContext<Rec>) => string | null },
  record: Rec & { status: S },
  actor: Actor,
  now: Date,
): boolean {
  return (
    step.from.includes(record.status) &&
    step.roles.includes(roleOf(actor)) &&
    (step.guard?.({ record, actor, now }) ?? null) === null
  );
}

/** The actions this actor may take on the record now; the UI draws its buttons from this list only. */
export function availableActions<S extends string, A extends string, Rec extends WorkflowRecord<S>>(
  definition: WorkflowDefinition<S, A, Rec>,
  record: Rec,
  actor: Actor,
  now: Date,
): AvailableAction<A>[] {
  return [
    ...definition.transitions
      .filter((t) => allowed(t, record, actor, now))
      .map((t) => ({ action: t.action, step: t.step, to: t.to as string })),
    ...(definition.activities ?? [])
      .filter((a) => allowed(a, record, actor, now))
      .map((a) => ({ action: a.action, step: a.step, to: record.status as string })),
  ];
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
  if (!definition.transitions.some((t) => t.action === request.action))
    throw new DomainError('workflow.unknown_action');
  return db.transaction().execute((tx) => applyActionIn(tx, definition, request));
}

/** The same inside the caller's transaction, for a use case whose own writes must commit or fail with the step. */
export async function applyActionIn<S extends string, A extends string, Rec extends WorkflowRecord<S>, Input>(
  tx: Transaction<Database>,
  definition: WorkflowDefinition<S, A, Rec>,
  request: ApplyActionRequest<A, Input>,
): Promise<{ record: Rec; step: string }> {
  const { id, action, expectedVersion, actor, input, now } = request;
  if (!definition.transitions.some((t) => t.action === action)) throw new DomainError('workflow.unknown_action');
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
    actorId: actorUserId(actor),
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
}

export type PerformActivityRequest<A extends string> = {
  id: string;
  action: A;
  /** Required when the activity edits the record: the version the actor saw. */
  expectedVersion?: number;
  actor: Actor;
  now: Date;
  /** What the audit entry says of it besides the step: ids and codes, never personal data. */
  details?: Record<string, unknown>;
};

/**
 * Performs an activity (a step that keeps the status) inside the caller's transaction: the record is locked,
 * visibility, role, status and guard are checked, `run` does the work, and the step is audited. An activity that
 * edits the record bumps its version, so of two concurrent edits one wins and the other gets 409.
 */
export async function performActivityIn<S extends string, A extends string, Rec extends WorkflowRecord<S>, T>(
  tx: Transaction<Database>,
  definition: WorkflowDefinition<S, A, Rec>,
  request: PerformActivityRequest<A>,
  run: (ctx: { record: Rec; tx: Transaction<Database> }) => Promise<T>,
): Promise<{ record: Rec; result: T }> {
  const { id, action, actor, now } = request;
  const activities = (definition.activities ?? []).filter((a) => a.action === action);
  if (activities.length === 0) throw new DomainError('workflow.unknown_action');
  const record = await definition.load(tx, id);
  if (!record || (!isSystem(actor) && !definition.isVisibleTo(record, actor))) throw notFound();
  const candidates = activities.filter((a) => a.roles.includes(roleOf(actor)));
  if (candidates.length === 0) throw new DomainError('auth.forbidden');
  const activity = candidates.find((a) => a.from.includes(record.status));
  if (activity?.editsRecord && request.expectedVersion !== record.version) throw new DomainError('workflow.conflict');
  if (!activity) throw new DomainError('workflow.action_not_allowed', { status: record.status });
  const refusal = activity.guard?.({ record, actor, now }) ?? null;
  if (refusal) throw new DomainError(refusal, {}, [], 422);

  let current = record;
  if (activity.editsRecord) {
    const updated = await sql<{ version: number }>`
      update ${sql.table(definition.table)} set version = version + 1
      where id = ${id} and version = ${record.version} returning version`.execute(tx);
    if (updated.rows.length !== 1) throw new DomainError('workflow.conflict');
    current = { ...record, version: updated.rows[0]!.version };
  }
  const result = await run({ record: current, tx });
  await appendAudit(tx, {
    at: now,
    actorId: actorUserId(actor),
    actorRole: roleOf(actor),
    action: `${definition.name}.${action}`,
    step: activity.step,
    subjectType: definition.subjectType,
    subjectId: id,
    centreId: record.centreId,
    organisationId: record.organisationId,
    details: {
      ...(activity.editsRecord ? { version: current.version } : {}),
      ...(isSystem(actor) ? { system: actor.name } : {}),
      ...request.details,
    },
  });
  return { record: current, result };
}

/** performActivityIn in a transaction of its own. */
export function performActivity<S extends string, A extends string, Rec extends WorkflowRecord<S>, T>(
  db: Db,
  definition: WorkflowDefinition<S, A, Rec>,
  request: PerformActivityRequest<A>,
  run: (ctx: { record: Rec; tx: Transaction<Database> }) => Promise<T>,
): Promise<{ record: Rec; result: T }> {
  return db.transaction().execute((tx) => performActivityIn(tx, definition, request, run));
}

/** Checks a definition against itself at start: statuses known, step ids well-formed, no ambiguous transitions. */
export function assertWellFormed(definition: AnyWorkflow, knownStepIds: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const a of definition.activities ?? []) {
    if (!knownStepIds.has(a.step)) throw new Error(`${definition.name}: unknown step id ${a.step}`);
    for (const s of a.from) {
      if (!definition.statuses.includes(s)) throw new Error(`${definition.name}: unknown status ${s}`);
    }
    if (definition.transitions.some((t) => t.action === a.action)) {
      throw new Error(`${definition.name}: ${a.action} is both a transition and an activity`);
    }
  }
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
