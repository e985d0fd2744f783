// Proves how a subsidy formula becomes words and tenge of the payment year, in Kazakh, Russian and English.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeVersionView } from '../../../shared/api/subsidy-programmes';
import { indicatorsByYear } from '../../../shared/subsidy/programmes';
import en from '../../i18n/en/programmes.json';
import kk from '../../i18n/kk/programmes.json';
import ru from '../../i18n/ru/programmes.json';
import { formFromVersion, requestFromForm } from './programme-form-model';
import { paymentYearFor, subsidyInWords, subsidyPhrases } from './programme-words';

// Digits are grouped by U+202F and the ₸ sign follows one; "%" follows a U+00A0.
const thin = '\u202F';
const nbsp = '\u00A0';
const payment2026 = { year: 2026, mrp: 4325, mzp: 85_000 };
let translate: Record<'kk' | 'ru' | 'en', TFunction<'programmes'>>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { kk: { programmes: kk }, ru: { programmes: ru }, en: { programmes: en } },
    lng: 'ru',
    ns: ['programmes'],
    defaultNS: 'programmes',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  translate = {
    kk: instance.getFixedT('kk', 'programmes'),
    ru: instance.getFixedT('ru', 'programmes'),
    en: instance.getFixedT('en', 'programmes'),
  };
});

const words = (language: 'kk' | 'ru' | 'en', ...args: Parameters<typeof subsidyPhrases>) =>
  subsidyInWords(...args, (key, params) => translate[language](key, params));

describe('subsidyInWords', () => {
  it('writes a fixed number of МРП with its tenge in the payment year: 30 × 4 325 = 129 750', () => {
    const formula = { kind: 'fixed_mrp', mrp: 30 } as const;
    expect(words('ru', formula, payment2026)).toBe(`30 МРП = 129${thin}750${thin}₸ в месяц в 2026 году`);
    expect(words('kk', formula, payment2026)).toBe(`Айына 30 АЕК = 2026 жылы 129${thin}750${thin}₸`);
    expect(words('en', formula, payment2026)).toBe(`30 MCI = 129${thin}750${thin}₸ a month in 2026`);
  });

  it('writes a share of the wage, and its cap in МРП or МЗП when it has one', () => {
    expect(words('ru', { kind: 'wage_share', percent: 35 }, payment2026)).toBe(
      `Государство возмещает 35${nbsp}% заработной платы`,
    );
    expect(words('ru', { kind: 'wage_share', percent: 50, capMzp: 2 }, payment2026)).toBe(
      `Государство возмещает 50${nbsp}% заработной платы, не более 2 МЗП в месяц (170${thin}000${thin}₸ в 2026 году)`,
    );
  });

  it('writes the silver-age shares year by year with the cap: 70 % / 65 % / 60 %, at most 30 МРП', () => {
    const formula = { kind: 'wage_share_by_year', percentByYear: [70, 65, 60], capMrp: 30 } as const;
    expect(words('ru', formula, payment2026)).toBe(
      `Государство возмещает 70${nbsp}% / 65${nbsp}% / 60${nbsp}% заработной платы по годам участия, ` +
        `не более 30 МРП в месяц (129${thin}750${thin}₸ в 2026 году)`,
    );
    expect(words('en', formula, payment2026)).toBe(
      `The state pays 70${nbsp}% / 65${nbsp}% / 60${nbsp}% of the wage by year of participation, ` +
        `at most 30 MCI a month (129${thin}750${thin}₸ in 2026)`,
    );
  });

  it('writes a multiple of the МЗП, and says so when the parameters are not set', () => {
    expect(words('ru', { kind: 'fixed_mzp', multiple: 1 }, payment2026)).toBe(
      `1 МЗП = 85${thin}000${thin}₸ в месяц в 2026 году`,
    );
    expect(words('kk', { kind: 'not_set' }, payment2026)).toBe('Субсидия параметрлері жарияланбаған');
  });

  it('leaves the tenge out rather than guess it when no year has МРП/МЗП', () => {
    expect(subsidyPhrases({ kind: 'fixed_mrp', mrp: 30 }, null)).toEqual([
      { key: 'fixedMrpNoAmount', params: { units: 30 } },
    ]);
    expect(words('ru', { kind: 'wage_share', percent: 40, capMrp: 30 }, null)).toBe(
      `Государство возмещает 40${nbsp}% заработной платы, не более 30 МРП в месяц`,
    );
  });
});

describe('age limits', () => {
  it('agree in Russian with the number: до 21 года, до 35 лет', () => {
    expect(translate.ru('age.upTo', { count: 21 })).toBe('в возрасте до 21 года');
    expect(translate.ru('age.upTo', { count: 35 })).toBe('в возрасте до 35 лет');
    expect(translate.ru('age.over', { count: 50 })).toBe('старше 50 лет');
    expect(translate.kk('age.between', { min: 18, count: 29 })).toBe('18 жастан 29 жасқа дейін');
  });

  it('say the retirement age in months as years and months: 61 год, 61 год 6 мес., 62 года, 63 года', () => {
    expect(translate.ru('rules.value.years', { count: 61 })).toBe('61 год');
    expect(translate.ru('rules.value.yearsMonths', { count: 61, months: 6 })).toBe('61 год 6 мес.');
    expect(translate.ru('rules.value.years', { count: 62 })).toBe('62 года');
    expect(translate.ru('rules.value.years', { count: 65 })).toBe('65 лет');
    expect(translate.kk('rules.value.yearsMonths', { count: 62, months: 6 })).toBe('62 жас 6 ай');
    expect(translate.en('rules.value.years', { count: 63 })).toBe('63 years');
  });
});

describe('paymentYearFor', () => {
  it('takes the year’s own indicators, else the latest earlier year, else none', () => {
    expect(paymentYearFor(indicatorsByYear, 2025)).toEqual({ year: 2025, mrp: 3932, mzp: 85_000 });
    expect(paymentYearFor(indicatorsByYear, 2031)).toEqual({ year: 2026, mrp: 4325, mzp: 85_000 });
    expect(paymentYearFor(indicatorsByYear, 2020)).toBeNull();
  });
});

describe('the new-version form', () => {
  const silverAge: ProgrammeVersionView = {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'silver_age',
    version: 1,
    name: { kk: 'Күміс жас', ru: 'Серебряный возраст', en: 'Silver age' },
    targetGroups: ['unemployed', 'over_50'],
    minParticipantAge: 50,
    maxParticipantAge: null,
    maxDurationMonths: 36,
    formula: { kind: 'wage_share_by_year', percentByYear: [70, 65, 60], capMrp: 30 },
    validFrom: '2023-07-01',
    validTo: null,
    source: 'Приказ № 275',
    certainty: { participants: 'secondary', duration: 'secondary', formula: 'secondary' },
    inForce: true,
  };

  it('starts from the current version but asks for new dates and a new source', () => {
    const form = formFromVersion(silverAge);
    expect(form).toMatchObject({ code: 'silver_age', percentByYear: '70, 65, 60', capMrp: 30, validFrom: '' });
    expect(form.source).toBe('');
  });

  it('sends empty limits as null, the shares as numbers, and only the chosen kind’s fields', () => {
    const form = { ...formFromVersion(silverAge), percentByYear: '75; 70 65', validFrom: '2027-01-01' };
    expect(requestFromForm({ ...form, maxDurationMonths: '' })).toMatchObject({
      minParticipantAge: 50,
      maxParticipantAge: null,
      maxDurationMonths: null,
      formula: { kind: 'wage_share_by_year', percentByYear: [75, 70, 65], capMrp: 30 },
      validFrom: '2027-01-01',
      validTo: null,
    });
    expect(requestFromForm({ ...form, formulaKind: 'fixed_mrp', mrp: 30 }).formula).toEqual({
      kind: 'fixed_mrp',
      mrp: 30,
    });
  });
});
