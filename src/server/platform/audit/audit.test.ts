// The hash-chained audit log: a valid chain verifies, any edit or removal is found, concurrent appends stay chained.
import { sql } from 'kysely';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { Db } from '../db/database';
import { type AuditEvent, appendAudit, GENESIS_HASH, verifyAuditChain } from './audit';

let db: Db;

const event = (n: number, extra: Partial<AuditEvent> = {}): AuditEvent => ({
  at: new Date(Date.UTC(2026, 2, 2, 5, 0, n)),
  actorId: '00000000-0000-4000-8000-000000000001',
  actorRole: 'centre_head',
  action: 'test.recorded',
  subjectType: 'test_subject',
  subjectId: `subject-${n}`,
  details: { n, comment: `entry ${n}` },
  ...extra,
});

async function appendMany(count: number): Promise<number[]> {
  for (let n = 1; n <= count; n++) await appendAudit(db, event(n));
  const rows = await db.selectFrom('audit_log').select('seq').orderBy('seq').execute();
  return rows.map((r) => r.seq);
}

/** What an attacker with the database owner's rights could do: switch the append-only trigger off for a moment. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
  try {
    await statement.execute(db);
  } finally {
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
  }
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

beforeEach(async () => {
  // TRUNCATE is not a row change, so the append-only trigger lets the test start from an empty chain.
  await sql`truncate audit_log restart identity`.execute(db);
});

describe('audit chain', () => {
  it('an empty log verifies with no entries', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 0 });
  });

  it('appended entries verify and each links to the one before, the first to the genesis hash', async () => {
    await appendMany(7);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 7 });
    const rows = await db.selectFrom('audit_log').select(['prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(7);
  });

  it('verifies across batches as well as in one', async () => {
    await appendMany(7);
    expect(await verifyAuditChain(db, 3)).toEqual({ ok: true, entries: 7 });
  });

  it('an entry whose details were changed is reported at its own seq', async () => {
    const seqs = await appendMany(6);
    const target = seqs[3]!;
    await tamper(sql`update audit_log set details = '{"n": 4, "comment": "approved by nobody"}' where seq = ${target}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: target, reason: 'content was changed' });
    expect(await verifyAuditChain(db, 2)).toMatchObject({ ok: false, brokenAt: target });
  });

  it('a changed status or actor is found too, even when the attacker recomputes nothing', async () => {
    const seqs = await appendMany(4);
    await tamper(sql`update audit_log set to_status = 'approved' where seq = ${seqs[1]!}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: seqs[1] });
  });

  it('a deleted middle entry is reported at the entry after it', async () => {
    const seqs = await appendMany(6);
    await tamper(sql`delete from audit_log where seq = ${seqs[2]!}`);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      brokenAt: seqs[3],
      reason: 'previous hash does not match',
    });
  });

  it('ten appends in concurrent transactions keep one valid chain', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => db.transaction().execute((tx) => appendAudit(tx, event(i + 1)))),
    );
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 10 });
  });

  it('ten concurrent appends outside a transaction (as a failed sign-in writes) keep one valid chain', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => appendAudit(db, event(i + 1))));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 10 });
  });

  it('an append inside a transaction that rolls back leaves no entry and no gap in the chain', async () => {
    await appendAudit(db, event(1));
    await expect(
      db.transaction().execute(async (tx) => {
        await appendAudit(tx, event(2));
        throw new Error('the change it recorded failed');
      }),
    ).rejects.toThrow('the change it recorded failed');
    await appendAudit(db, event(3));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 2 });
  });
});
