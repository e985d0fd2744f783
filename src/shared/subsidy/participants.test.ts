// Participant rules as dated data: silver age's upper bound by sex and year, and the age bounds read from the rules.
import { describe, expect, it } from 'vitest';
import { categoriesOn } from '../seekers/categories';
import {
  belowRetirementAge,
  type ParticipantRule,
  participantAgeAllowed,
  participantLimitsOn,
  participantRuleCatalogue,
  ruleInForce,
} from './participants';
import { programmeCatalogue } from './programmes';
import { programmeInForce } from './rules';

const silver = programmeInForce(programmeCatalogue, 'silver_age', '2026-03-02');
const rules = participantRuleCatalogue;
const on = (date: string) => participantLimitsOn(rules, date);

describe('silver age’s upper bound: the retirement age by sex and year', () => {
  it('B03-2.1 a man takes part until 63, a woman until 61 in 2026 and 61.5 in 2028', () => {
    const man = { birthDate: '1963-06-15', sex: 'male' as const };
    // 62 years 11 months on 14 June 2026: below 63; 63 on 15 June 2026: not.
    expect(participantAgeAllowed(silver, man, '2026-06-14', on('2026-06-14'))).toBe(true);
    expect(participantAgeAllowed(silver, man, '2026-06-15', on('2026-06-15'))).toBe(false);
    const woman = { birthDate: '1965-06-15', sex: 'female' as const };
    // 60 years 11 months, then 61 (732 months, the women's age from 2023 to 2027).
    expect(participantAgeAllowed(silver, woman, '2026-06-14', on('2026-06-14'))).toBe(true);
    expect(participantAgeAllowed(silver, woman, '2026-06-15', on('2026-06-15'))).toBe(false);
    // Born 10 January 1967: 61 years 1 month (733 months) on 1 March 2028. In 2027 61 years ended the bound; from
    // 1 January 2028 it is 61.5 years (738 months), so she may take part again.
    const later = { birthDate: '1967-01-10', sex: 'female' as const };
    expect(belowRetirementAge(rules, later, '2027-12-31')).toBe(true);
    expect(participantAgeAllowed(silver, later, '2028-03-01', on('2028-03-01'))).toBe(true);
    expect(ruleInForce(rules, 'retirement_age', '2028-03-01', 'female')?.value).toEqual({ months: 738 });
    expect(ruleInForce(rules, 'retirement_age', '2031-01-01', 'female')?.value).toEqual({ months: 756 });
    // The lower bound is the programme's own: exactly 50 is not over 50.
    expect(
      participantAgeAllowed(silver, { birthDate: '1976-03-02', sex: 'male' }, '2026-03-02', on('2026-03-02')),
    ).toBe(false);
  });

  it('applies no upper bound the data does not hold, and none to programmes not of people over 50', () => {
    const noRetirement = rules.filter((r) => r.kind !== 'retirement_age');
    const old = { birthDate: '1950-01-01', sex: 'male' as const };
    expect(belowRetirementAge(noRetirement, old, '2026-03-02')).toBeNull();
    expect(participantAgeAllowed(silver, old, '2026-03-02', participantLimitsOn(noRetirement, '2026-03-02'))).toBe(
      true,
    );
    const publicWorks = programmeInForce(programmeCatalogue, 'public_works', '2026-03-02');
    expect(participantAgeAllowed(publicWorks, old, '2026-03-02', on('2026-03-02'))).toBe(true);
  });

  it('every shipped rule carries its source, and the unconfirmed ones say so', () => {
    for (const rule of rules) expect(rule.source.length).toBeGreaterThan(10);
    expect(ruleInForce(rules, 'youth_max_age', '2026-03-02')?.certainty).toBe('unconfirmed');
    expect(ruleInForce(rules, 'target_categories', '2026-03-02')?.certainty).toBe('unconfirmed');
  });
});

describe('youth, over 50 and the target categories read from the rules', () => {
  it('B03-2.1 a dated change of the youth bound changes who is young from its date on', () => {
    const changed: ParticipantRule[] = [
      ...rules,
      { ...ruleInForce(rules, 'youth_max_age', '2026-03-02')!, validFrom: '2026-07-01', value: { years: 30 } },
    ];
    const facts = {
      birthDate: '1993-01-01',
      hasDisability: false,
      hasWorkExperience: true,
      rural: false,
      categories: [],
    };
    // 33 years old: youth up to 35 before 1 July 2026, not under the bound of 30 from that day.
    expect(categoriesOn(facts, '2026-06-30', participantLimitsOn(changed, '2026-06-30')).has('youth')).toBe(true);
    expect(categoriesOn(facts, '2026-07-01', participantLimitsOn(changed, '2026-07-01')).has('youth')).toBe(false);
    expect(participantLimitsOn(changed, '2026-07-01')).toEqual({
      youthMaxAge: 30,
      over50MinAge: 51,
      targetCategories: ['youth', 'disability', 'over_50', 'no_work_experience'],
      retirementAgeMonths: { female: 732, male: 756 },
    });
    // Without any rule, no age proves a category.
    expect(categoriesOn(facts, '2026-06-30', participantLimitsOn([], '2026-06-30')).has('youth')).toBe(false);
  });
});
