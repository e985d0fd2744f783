// Who qualifies for a programme and how districts (КАТО codes) compare, on hand-made seekers (B03-2.1).
import { describe, expect, it } from 'vitest';
import { participantLimitsOn, participantRuleCatalogue } from '../../../shared/subsidy/participants';
import { programmeCatalogue } from '../../../shared/subsidy/programmes';
import { programmeInForce } from '../../../shared/subsidy/rules';
import type { RegisteredSeekerFacts } from '../seekers';
import { assessPositions, qualifiesFor } from './subsidy-review.demand-supply';

const onDate = '2026-03-02';
const programme = (code: string) => programmeInForce(programmeCatalogue, code, onDate);
const limits = participantLimitsOn(participantRuleCatalogue, onDate);
const seeker = (overrides: Partial<RegisteredSeekerFacts>): RegisteredSeekerFacts => ({
  seekerId: 'S',
  kind: 'unemployed',
  categories: [],
  occupationCode: '7212',
  birthDate: '1990-01-01',
  sex: 'male',
  districtCode: '711210000',
  rural: false,
  hasDisability: false,
  hasWorkExperience: true,
  ...overrides,
});

describe('qualifiesFor', () => {
  it('B03-2.1 youth practice takes unemployed graduates up to 35', () => {
    const graduate = seeker({ birthDate: '2001-03-02', categories: ['graduate'] });
    expect(qualifiesFor(programme('youth_practice'), graduate, onDate, limits)).toBe(true);
    // 36 on the date: too old; 35 the day before the birthday still qualifies.
    expect(qualifiesFor(programme('youth_practice'), { ...graduate, birthDate: '1990-03-02' }, onDate, limits)).toBe(
      false,
    );
    expect(qualifiesFor(programme('youth_practice'), { ...graduate, birthDate: '1990-03-03' }, onDate, limits)).toBe(
      true,
    );
    expect(qualifiesFor(programme('youth_practice'), { ...graduate, categories: [] }, onDate, limits)).toBe(false);
    expect(qualifiesFor(programme('youth_practice'), { ...graduate, kind: 'job_seeker' }, onDate, limits)).toBe(false);
  });

  it('B03-2.1 first job needs no work experience, from the profile or the recorded category', () => {
    const young = seeker({ birthDate: '2004-01-01' });
    expect(qualifiesFor(programme('first_job'), young, onDate, limits)).toBe(false);
    expect(qualifiesFor(programme('first_job'), { ...young, hasWorkExperience: false }, onDate, limits)).toBe(true);
    expect(qualifiesFor(programme('first_job'), { ...young, categories: ['no_work_experience'] }, onDate, limits)).toBe(
      true,
    );
  });

  it('B03-2.1 silver age takes those over 50 by age, whatever the registration recorded', () => {
    expect(qualifiesFor(programme('silver_age'), seeker({ birthDate: '1975-03-01' }), onDate, limits)).toBe(true);
    // Exactly 50: not over 50.
    expect(qualifiesFor(programme('silver_age'), seeker({ birthDate: '1976-03-02' }), onDate, limits)).toBe(false);
    expect(qualifiesFor(programme('silver_age'), seeker({ categories: ['over_50'] }), onDate, limits)).toBe(false);
    // Up to the retirement age in force for the sex: a man until 63, a woman until 61 in 2026.
    expect(qualifiesFor(programme('silver_age'), seeker({ birthDate: '1963-03-03' }), onDate, limits)).toBe(true);
    expect(qualifiesFor(programme('silver_age'), seeker({ birthDate: '1963-03-02' }), onDate, limits)).toBe(false);
    const woman = seeker({ birthDate: '1965-03-03', sex: 'female' });
    expect(qualifiesFor(programme('silver_age'), woman, onDate, limits)).toBe(true);
    expect(qualifiesFor(programme('silver_age'), { ...woman, birthDate: '1965-03-02' }, onDate, limits)).toBe(false);
  });

  it('B03-2.1 social jobs take unemployed people of a target group; public works any unemployed person', () => {
    expect(qualifiesFor(programme('social_jobs'), seeker({}), onDate, limits)).toBe(false);
    expect(qualifiesFor(programme('social_jobs'), seeker({ hasDisability: true }), onDate, limits)).toBe(true);
    expect(qualifiesFor(programme('public_works'), seeker({}), onDate, limits)).toBe(true);
    expect(qualifiesFor(programme('public_works'), seeker({ kind: 'job_seeker' }), onDate, limits)).toBe(false);
  });
});

describe('assessPositions', () => {
  it('B03-2.1 counts each person once in the totals, even when two positions share an occupation', () => {
    const result = assessPositions({
      positions: [
        {
          ordinal: 1,
          occupationCode: '7212',
          occupationName: 'Сварщик',
          jobs: 2,
          districtCode: '711210000',
          district: 'район Есиль',
        },
        {
          ordinal: 2,
          occupationCode: '7212',
          occupationName: 'Сварщик',
          jobs: 1,
          districtCode: '711110000',
          district: 'район Алматы',
        },
      ],
      programme: programme('public_works'),
      seekers: [seeker({ seekerId: 'a' }), seeker({ seekerId: 'b', districtCode: '711110000' })],
      onDate,
      limits,
    });
    expect(result.positions.map((p) => p.seekers)).toEqual([
      { byOccupation: 2, qualifying: 2, qualifyingInDistrict: 1 },
      { byOccupation: 2, qualifying: 2, qualifyingInDistrict: 1 },
    ]);
    expect(result.totals).toEqual({
      jobs: 3,
      seekers: { byOccupation: 2, qualifying: 2, qualifyingInDistrict: 2 },
      shortfall: 0,
    });
  });
});

describe('districts by КАТО code', () => {
  it('B03-2.1 a seeker without a code (an old text that named no district) counts by occupation, never in a district', () => {
    const result = assessPositions({
      positions: [
        {
          ordinal: 1,
          occupationCode: '7212',
          occupationName: 'Сварщик',
          jobs: 1,
          districtCode: null,
          district: 'Есіл',
        },
      ],
      programme: programme('public_works'),
      seekers: [seeker({ seekerId: 'a', districtCode: null })],
      onDate,
      limits,
    });
    expect(result.positions[0]!.seekers).toEqual({ byOccupation: 1, qualifying: 1, qualifyingInDistrict: 0 });
    // The old text is what the page shows for it.
    expect(result.positions[0]!.district).toBe('Есіл');
  });
});
