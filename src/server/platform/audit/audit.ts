// Appends to the hash-chained audit log and verifies the chain; each entry's hash covers the previous one.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { canonicalJson } from '../../../shared/canonical-json';
import type { Db, DbOrTx } from '../db/database';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditEvent = {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  step?: string | null;
  subjectType: string;
  subjectId: string;
  centreId?: string | null;
  organisationId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  /** Never personal data in full: ids and masked values only. */
  details?: Record<string, unknown>;
};

type ChainedFields = Required<Omit<AuditEvent, 'at'>> & { at: string; prevHash: string };

function hashEntry(fields: ChainedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

function chainedFields(event: AuditEvent, prevHash: string): ChainedFields {
  return {
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    step: event.step ?? null,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    centreId: event.centreId ?? null,
    organisationId: event.organisationId ?? null,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    details: event.details ?? {},
    prevHash,
  };
}

// A fixed key for pg_advisory_xact_lock: appends take turns so two transactions never chain onto the same entry.
const AUDIT_LOCK_KEY = 4_242_001;

/** Appends one entry; call it inside the transaction that makes the change it records. */
export async function appendAudit(db: DbOrTx, event: AuditEvent): Promise<void> {
  // The lock lasts only as long as a transaction: outside one, open one, or two appends chain onto the same entry.
  if (!db.isTransaction) return db.transaction().execute((tx) => appendAudit(tx, event));
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(db);
  const last = await db.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const fields = chainedFields(event, last?.hash ?? GENESIS_HASH);
  await db
    .insertInto('audit_log')
    .values({
      at: event.at,
      actor_id: fields.actorId,
      actor_role: fields.actorRole,
      action: fields.action,
      step: fields.step,
      subject_type: fields.subjectType,
      subject_id: fields.subjectId,
      centre_id: fields.centreId,
      organisation_id: fields.organisationId,
      from_status: fields.fromStatus,
      to_status: fields.toStatus,
      details: JSON.stringify(fields.details),
      prev_hash: fields.prevHash,
      hash: hashEntry(fields),
    })
    .execute();
}

export type ChainReport =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Walks the whole chain in order and reports the first entry whose link or content does not match. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      count++;
      if (row.prev_hash !== prevHash) {
        return { ok: false, entries: count, brokenAt: row.seq, reason: 'previous hash does not match' };
      }
      const expected = hashEntry(
        chainedFields(
          {
            at: row.at,
            actorId: row.actor_id,
            actorRole: row.actor_role,
            action: row.action,
            step: row.step,
            subjectType: row.subject_type,
            subjectId: row.subject_id,
            centreId: row.centre_id,
            organisationId: row.organisation_id,
            fromStatus: row.from_status,
            toStatus: row.to_status,
            details: row.details as unknown as Record<string, unknown>,
          },
          row.prev_hash,
        ),
      );
      if (expected !== row.hash) return { ok: false, entries: count, brokenAt: row.seq, reason: 'content was changed' };
      prevHash = row.hash;
      afterSeq = row.seq;
    }
    if (rows.length < batchSize) return { ok: true, entries: count };
  }
}
