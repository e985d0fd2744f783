// Time comes from a clock that tests can move; services never call `new Date()` themselves.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock a test can move: to a moment, forward by some milliseconds, and back to where it started. */
export type MovableClock = Clock & {
  set(to: Date | string): void;
  advance(ms: number): void;
  reset(): void;
};

export function isMovableClock(clock: Clock): clock is MovableClock {
  const candidate = clock as Partial<MovableClock>;
  return (
    typeof candidate.set === 'function' &&
    typeof candidate.advance === 'function' &&
    typeof candidate.reset === 'function'
  );
}

/** A stopped clock for unit and integration tests: time passes only when the test moves it. */
export function createTestClock(start: Date | string = '2026-03-02T05:00:00Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (to: Date | string) => {
      current = new Date(to);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
    reset: () => {
      current = new Date(start);
    },
  } satisfies MovableClock;
}

/**
 * A running clock shifted from another (the system's): the server of the browser journeys keeps time flowing for its
 * jobs and sessions while a journey jumps a day ahead. Reset puts it back on the base clock.
 */
export function createShiftedClock(base: Clock = systemClock): MovableClock {
  let offsetMs = 0;
  return {
    now: () => new Date(base.now().getTime() + offsetMs),
    set: (to: Date | string) => {
      offsetMs = new Date(to).getTime() - base.now().getTime();
    },
    advance: (ms: number) => {
      offsetMs += ms;
    },
    reset: () => {
      offsetMs = 0;
    },
  };
}
