// Counts failed sign-ins per login and per address in a sliding window; too many answer 429 for a while.
import type { Clock } from '../clock';
import { DomainError } from '../errors';

export type LoginThrottleOptions = { maxFailures: number; windowMs: number };

export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly options: LoginThrottleOptions = { maxFailures: 5, windowMs: 15 * 60_000 },
  ) {}

  /** Milliseconds until another attempt is allowed for any of these keys; 0 when allowed now. */
  retryAfterMs(keys: string[]): number {
    const now = this.clock.now().getTime();
    let wait = 0;
    for (const key of keys) {
      const recent = this.#recent(key, now);
      if (recent.length >= this.options.maxFailures) {
        wait = Math.max(wait, (recent[0] ?? now) + this.options.windowMs - now);
      }
    }
    return wait;
  }

  /** Refuses with 429 while any of these keys has too many recent failures. */
  assertAllowed(keys: string[]): void {
    const waitMs = this.retryAfterMs(keys);
    if (waitMs > 0) throw new DomainError('auth.too_many_attempts', { retryAfterMinutes: Math.ceil(waitMs / 60_000) });
  }

  recordFailure(keys: string[]): void {
    const now = this.clock.now().getTime();
    for (const key of keys) this.#failures.set(key, [...this.#recent(key, now), now]);
    if (this.#failures.size > 50_000) this.#prune(now);
  }

  clear(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
  }

  #prune(now: number): void {
    for (const [key, times] of this.#failures) {
      if (times.every((t) => now - t >= this.options.windowMs)) this.#failures.delete(key);
    }
  }
}
