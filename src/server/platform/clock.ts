// Time comes from a clock that tests can move; services never call `new Date()` themselves.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

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
  };
}
