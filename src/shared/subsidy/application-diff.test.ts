// The revision diff on hand-written contents: changed leaves by path, added and removed positions, ignored paths.
import { describe, expect, it } from 'vitest';
import { diffRevisionContents } from './application-diff';

const position = (wage: number, jobs = 2) => ({ occupationCode: '2411', jobs, monthlyWage: wage, durationMonths: 12 });

const revision1 = {
  revision: 1,
  contacts: { name: 'Айгерім', phone: '+77011234567', email: 'hr@a.kz' },
  positions: [position(150_000), position(120_000, 1)],
  totals: { jobs: 3, monthlySubsidy: 147_000, contractTotal: null },
};

describe('diffRevisionContents', () => {
  it('names each changed leaf by its path, in key order, and skips what is equal', () => {
    const revision2 = {
      ...revision1,
      revision: 2,
      contacts: { ...revision1.contacts, phone: '+77017654321' },
      positions: [position(160_000), position(120_000, 1)],
      totals: { ...revision1.totals, monthlySubsidy: 154_000, contractTotal: 1_848_000 },
    };
    expect(diffRevisionContents(revision1, revision2, { ignore: ['revision'] })).toEqual([
      { path: 'contacts.phone', kind: 'changed', before: '+77011234567', after: '+77017654321' },
      { path: 'positions.0.monthlyWage', kind: 'changed', before: 150_000, after: 160_000 },
      { path: 'totals.contractTotal', kind: 'changed', before: null, after: 1_848_000 },
      { path: 'totals.monthlySubsidy', kind: 'changed', before: 147_000, after: 154_000 },
    ]);
  });

  it('reports an added and a removed position whole, at its index', () => {
    const added = { ...revision1, positions: [...revision1.positions, position(200_000, 5)] };
    expect(diffRevisionContents(revision1, added)).toEqual([
      { path: 'positions.2', kind: 'added', before: null, after: position(200_000, 5) },
    ]);
    const removed = { ...revision1, positions: [revision1.positions[0]] };
    expect(diffRevisionContents(revision1, removed)).toEqual([
      { path: 'positions.1', kind: 'removed', before: position(120_000, 1), after: null },
    ]);
  });

  it('treats a key only one side has as added or removed, and a change of shape as one change', () => {
    expect(diffRevisionContents({ a: 1, b: { c: 2 } }, { b: [2], d: 'x' })).toEqual([
      { path: 'a', kind: 'removed', before: 1, after: null },
      { path: 'b', kind: 'changed', before: { c: 2 }, after: [2] },
      { path: 'd', kind: 'added', before: null, after: 'x' },
    ]);
  });

  it('finds nothing between a content and itself, and ignores nested paths when told', () => {
    expect(diffRevisionContents(revision1, structuredClone(revision1))).toEqual([]);
    const other = { ...revision1, totals: { ...revision1.totals, jobs: 4 } };
    expect(diffRevisionContents(revision1, other, { ignore: ['totals.jobs'] })).toEqual([]);
  });
});
