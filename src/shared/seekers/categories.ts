// Categories of registered job seekers (ФК-А.01) that the subsidized-job programmes target, with their names.
import type { LocalizedText } from '../api/common';
import type { ParticipantLimits } from '../subsidy/participants';
import { fullYearsBetween } from '../subsidy/rules';

export const SeekerCategory = {
  youth: 'youth',
  disability: 'disability',
  over50: 'over_50',
  noWorkExperience: 'no_work_experience',
  graduate: 'graduate',
  rural: 'rural',
} as const;
export type SeekerCategory = (typeof SeekerCategory)[keyof typeof SeekerCategory];
export const seekerCategories = Object.values(SeekerCategory) as readonly SeekerCategory[];

export const seekerCategoryNames: Record<SeekerCategory, LocalizedText> = {
  youth: { kk: 'Жастар (35 жасқа дейін)', ru: 'Молодёжь (до 35 лет)', en: 'Youth (up to 35)' },
  disability: { kk: 'Мүгедектігі бар адам', ru: 'Лицо с инвалидностью', en: 'Person with a disability' },
  over_50: { kk: '50 жастан асқан адам', ru: 'Лицо старше 50 лет', en: 'Over 50' },
  no_work_experience: { kk: 'Жұмыс өтілі жоқ', ru: 'Без опыта работы', en: 'No work experience' },
  graduate: {
    kk: 'Колледж немесе ЖОО түлегі',
    ru: 'Выпускник колледжа или вуза',
    en: 'Graduate of a college or university',
  },
  rural: { kk: 'Ауылдық жерде тұрады', ru: 'Проживает в сельской местности', en: 'Lives in a rural area' },
};

export function isSeekerCategory(value: string): value is SeekerCategory {
  return (seekerCategories as readonly string[]).includes(value);
}

export type SeekerFacts = {
  birthDate: string;
  hasDisability: boolean;
  hasWorkExperience: boolean;
  rural: boolean;
  /** The categories the centre recorded at registration. */
  categories: readonly string[];
};

/**
 * A seeker's categories on a date: those recorded at registration, plus those their profile proves (age moves on,
 * so youth and over 50 are computed for the date, not trusted from the registration), by the age bounds the data
 * holds for that date (subsidy/participants.ts); a bound the data lacks proves nothing.
 */
export function categoriesOn(
  facts: SeekerFacts,
  onDate: string,
  limits: Pick<ParticipantLimits, 'youthMaxAge' | 'over50MinAge'>,
): Set<SeekerCategory> {
  const age = fullYearsBetween(facts.birthDate, onDate);
  const found = new Set<SeekerCategory>(
    facts.categories.filter(isSeekerCategory).filter((c) => c !== SeekerCategory.youth && c !== SeekerCategory.over50),
  );
  if (limits.youthMaxAge !== null && age <= limits.youthMaxAge) found.add(SeekerCategory.youth);
  if (limits.over50MinAge !== null && age >= limits.over50MinAge) found.add(SeekerCategory.over50);
  if (facts.hasDisability) found.add(SeekerCategory.disability);
  if (!facts.hasWorkExperience) found.add(SeekerCategory.noWorkExperience);
  if (facts.rural) found.add(SeekerCategory.rural);
  return found;
}
