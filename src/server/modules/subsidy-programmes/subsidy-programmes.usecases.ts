// Reading the programmes and МРП/МЗП, and an administrator's changes: a new programme version (closing the one it
// follows in the same transaction) and a year's indicators, each audited with its source.
import type {
  IndicatorsInput,
  IndicatorsView,
  NewProgrammeVersionInput,
  ParticipantRuleInput,
  ParticipantRulesResponse,
  ParticipantRuleView,
  ProgrammesResponse,
  ProgrammeVersionView,
} from '../../../shared/api/subsidy-programmes';
import { addCalendarDays, dateInKazakhstan } from '../../../shared/calendar/working-days';
import { type ParticipantLimits, participantLimitsOn, ruleInForce } from '../../../shared/subsidy/participants';
import type { ProgrammeVersion } from '../../../shared/subsidy/programmes';
import { appendAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { startsBeforeExisting } from './subsidy-programmes.errors';
import {
  closeVersionsReaching,
  insertProgrammeVersion,
  listIndicatorRecords,
  listParticipantRules,
  listProgrammesInForce,
  listProgrammeVersions,
  listVersionsOfCode,
  lockProgrammeCode,
  type StoredIndicators,
  type StoredProgrammeVersion,
  upsertIndicators,
  upsertParticipantRule,
} from './subsidy-programmes.repository';

export type AdministratorActor = { id: string; role: string };

function toView(programme: StoredProgrammeVersion, inForceIds: ReadonlySet<string>): ProgrammeVersionView {
  return {
    id: programme.id,
    code: programme.code,
    version: programme.version,
    name: programme.name,
    targetGroups: [...programme.targetGroups],
    minParticipantAge: programme.minParticipantAge ?? null,
    maxParticipantAge: programme.maxParticipantAge ?? null,
    maxDurationMonths: programme.maxDurationMonths,
    formula: programme.formula,
    validFrom: programme.validFrom,
    validTo: programme.validTo,
    source: programme.source,
    certainty: programme.certainty,
    inForce: inForceIds.has(programme.id),
  };
}

function toIndicatorsView(stored: StoredIndicators): IndicatorsView {
  return { ...stored, updatedAt: stored.updatedAt.toISOString() };
}

async function idsInForce(db: DbOrTx, onDate: string): Promise<Set<string>> {
  return new Set((await listProgrammesInForce(db, onDate)).map((p) => p.id));
}

/** The versions in force today in Kazakhstan, or with `all` every version entered, oldest first within a code. */
export async function listProgrammes(
  { db, clock }: { db: Db; clock: Clock },
  { all }: { all: boolean },
): Promise<ProgrammesResponse> {
  const onDate = dateInKazakhstan(clock.now());
  const inForce = await listProgrammesInForce(db, onDate);
  const ids = new Set(inForce.map((p) => p.id));
  const items = all ? await listProgrammeVersions(db) : inForce;
  return { onDate, items: items.map((p) => toView(p, ids)) };
}

export async function listIndicatorViews({ db }: { db: Db }): Promise<IndicatorsView[]> {
  return (await listIndicatorRecords(db)).map(toIndicatorsView);
}

/**
 * Adds the next version of a programme (version 1 of a new code). The version it follows, and any other still in
 * force on the new start, ends the day before, so exactly one version applies on any date after the change.
 */
export async function addProgrammeVersion(
  { db, clock }: { db: Db; clock: Clock },
  { actor, input }: { actor: AdministratorActor; input: NewProgrammeVersionInput },
): Promise<ProgrammeVersionView> {
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    await lockProgrammeCode(tx, input.code);
    const existing = await listVersionsOfCode(tx, input.code);
    const latestStart = existing.reduce<StoredProgrammeVersion | undefined>(
      (latest, v) => (latest === undefined || v.validFrom > latest.validFrom ? v : latest),
      undefined,
    );
    if (latestStart && input.validFrom <= latestStart.validFrom) {
      throw startsBeforeExisting({ version: latestStart.version, validFrom: latestStart.validFrom });
    }
    const programme: ProgrammeVersion = {
      code: input.code,
      version: Math.max(0, ...existing.map((v) => v.version)) + 1,
      name: { kk: input.name.kk, ru: input.name.ru, ...(input.name.en ? { en: input.name.en } : {}) },
      targetGroups: input.targetGroups,
      ...(input.minParticipantAge === null ? {} : { minParticipantAge: input.minParticipantAge }),
      ...(input.maxParticipantAge === null ? {} : { maxParticipantAge: input.maxParticipantAge }),
      maxDurationMonths: input.maxDurationMonths,
      formula: input.formula,
      validFrom: input.validFrom,
      validTo: input.validTo,
      source: input.source,
      certainty: input.certainty,
    };
    const closed = await closeVersionsReaching(tx, {
      code: input.code,
      reachingDate: input.validFrom,
      validTo: addCalendarDays(input.validFrom, -1),
    });
    const id = await insertProgrammeVersion(tx, { programme, createdBy: actor.id, now });
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'subsidy_programmes.version_added',
      subjectType: 'subsidy_programme_version',
      subjectId: id,
      details: {
        code: programme.code,
        version: programme.version,
        validFrom: programme.validFrom,
        validTo: programme.validTo,
        formula: programme.formula,
        certainty: programme.certainty,
        closed: closed.map((c) => ({ id: c.id, version: c.version, validTo: addCalendarDays(input.validFrom, -1) })),
      },
    });
    return toView({ ...programme, id }, await idsInForce(tx, dateInKazakhstan(now)));
  });
}

/** Sets a year's МРП and МЗП with their source; the audit entry keeps the values they replaced. */
export async function setIndicators(
  { db, clock }: { db: Db; clock: Clock },
  { actor, year, input }: { actor: AdministratorActor; year: number; input: IndicatorsInput },
): Promise<IndicatorsView> {
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    const { previous, stored } = await upsertIndicators(tx, {
      indicators: { year, ...input },
      updatedBy: actor.id,
      now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'subsidy_programmes.indicators_set',
      subjectType: 'wage_indicators',
      subjectId: String(year),
      details: {
        year,
        mrp: input.mrp,
        mzp: input.mzp,
        certainty: input.certainty,
        previous: previous ? { mrp: previous.mrp, mzp: previous.mzp, certainty: previous.certainty } : null,
      },
    });
    return toIndicatorsView(stored);
  });
}

/** Every dated participant rule, each marked whether it applies today in Kazakhstan. */
export async function listParticipantRuleViews({
  db,
  clock,
}: {
  db: Db;
  clock: Clock;
}): Promise<ParticipantRulesResponse> {
  const onDate = dateInKazakhstan(clock.now());
  const rules = await listParticipantRules(db);
  return {
    onDate,
    items: rules.map((rule) => ({
      ...rule,
      inForce: ruleInForce(rules, rule.kind, onDate, rule.sex)?.validFrom === rule.validFrom,
    })),
  };
}

/** The participant limits on a date as the data states them (the youth and over-50 bounds, the target categories). */
export async function findParticipantLimits(db: DbOrTx, onDate: string): Promise<ParticipantLimits> {
  return participantLimitsOn(await listParticipantRules(db), onDate);
}

/** Enters a dated value of a participant rule with its source; the audit entry keeps the value it replaced. */
export async function setParticipantRule(
  { db, clock }: { db: Db; clock: Clock },
  { actor, input }: { actor: AdministratorActor; input: ParticipantRuleInput },
): Promise<ParticipantRuleView> {
  const now = clock.now();
  await db.transaction().execute(async (tx) => {
    const { previous } = await upsertParticipantRule(tx, { rule: input, createdBy: actor.id, now });
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'subsidy_programmes.participant_rule_set',
      subjectType: 'subsidy_participant_rule',
      subjectId: `${input.kind}:${input.sex}:${input.validFrom}`,
      details: {
        kind: input.kind,
        sex: input.sex,
        validFrom: input.validFrom,
        value: input.value,
        certainty: input.certainty,
        previous: previous ? { value: previous.value, certainty: previous.certainty } : null,
      },
    });
  });
  const { items } = await listParticipantRuleViews({ db, clock });
  return items.find((r) => r.kind === input.kind && r.sex === input.sex && r.validFrom === input.validFrom)!;
}
