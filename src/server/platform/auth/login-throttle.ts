// Counts failed sign-ins per login and per address in a sliding window; too many answer 429 for a while. The counts
// live in the database (hashed keys), so every instance sharing it refuses alike and a restart forgets nothing.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { DomainError } from '../errors';

export type LoginThrottleOptions = { maxFailures: number; windowMs: number };

export type LoginFailuresTable = { key_sha256: string; failed_at: Date };
export type LoginThrottleTables = { login_failures: LoginFailuresTable };

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly options: LoginThrottleOptions = { maxFailures: 5, windowMs: 15 * 60_000 },
  ) {}

  /** Milliseconds until another attempt is allowed for any of these keys; 0 when allowed now. */
  async retryAfterMs(keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const now = this.clock.now().getTime();
    const rows = await this.db
      .selectFrom('login_failures')
      .select(['key_sha256', sql<number>`count(*)::int`.as('failures'), sql<Date>`min(failed_at)`.as('oldest')])
      .where('key_sha256', 'in', keys.map(hashKey))
      .where('failed_at', '>', new Date(now - this.options.windowMs))
      .groupBy('key_sha256')
      .execute();
    let wait = 0;
    for (const row of rows) {
      if (row.failures >= this.options.maxFailures) {
        wait = Math.max(wait, new Date(row.oldest).getTime() + this.options.windowMs - now);
      }
    }
    return wait;
  }

  /** Refuses with 429 while any of these keys has too many recent failures. */
  async assertAllowed(keys: string[]): Promise<void> {
    const waitMs = await this.retryAfterMs(keys);
    if (waitMs > 0) throw new DomainError('auth.too_many_attempts', { retryAfterMinutes: Math.ceil(waitMs / 60_000) });
  }

  async recordFailure(keys: string[]): Promise<void> {
    const now = this.clock.now();
    if (keys.length > 0) {
      await this.db
        .insertInto('login_failures')
        .values(keys.map((key) => ({ key_sha256: hashKey(key), failed_at: now })))
        .execute();
    }
    // Failures older than the window count for nothing: each new one sweeps them away.
    await this.db
      .deleteFrom('login_failures')
      .where('failed_at', '<=', new Date(now.getTime() - this.options.windowMs))
      .execute();
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('key_sha256', '=', hashKey(key)).execute();
  }
}
