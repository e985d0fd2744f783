// Words for CV data: occupations and regions in the reader's language, months, dates, tenge and the languages a CV lists.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/api/common';
import { knownCvLanguages, type LanguageLevel } from '../../../shared/api/cvs';
import { formatTenge } from '../../../shared/money';
import { occupationName, occupations } from '../../../shared/occupations';
import { regions } from '../../../shared/regions';
import type { Locale } from '../../../shared/roles';
import { pickText } from '../../ui/labels';

export type Option = { value: string; label: string };

export function occupationOptions(language: Locale): Option[] {
  return Object.entries(occupations as Record<string, LocalizedText>).map(([code, name]) => ({
    value: code,
    label: `${code} — ${pickText(name, language)}`,
  }));
}

export function occupationLabel(code: string, language: Locale): string {
  const name = occupationName(code);
  return name ? `${pickText(name, language)} (${code})` : code;
}

export function regionOptions(language: Locale): Option[] {
  return Object.entries(regions as Record<string, LocalizedText>).map(([code, name]) => ({
    value: code,
    label: pickText(name, language),
  }));
}

export function regionLabel(code: string, language: Locale): string {
  const name = (regions as Record<string, LocalizedText>)[code];
  return name ? pickText(name, language) : code;
}

/** YYYY-MM as MM.YYYY, the way CVs in Kazakhstan write periods. */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-');
  return monthNumber ? `${monthNumber}.${year}` : month;
}

/** A date as DD.MM.YYYY in the device's time zone: readable in all three languages. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

export { formatTenge };

/** Names a language of a CV: kk, ru and en in the reader's language, any other as the seeker wrote it. */
export function useLanguageWords() {
  const { t } = useTranslation('cvs');
  return {
    language: (language: string) =>
      (knownCvLanguages as readonly string[]).includes(language)
        ? t(`languageNames.${language as (typeof knownCvLanguages)[number]}`)
        : language,
    level: (level: LanguageLevel) => t(`languageLevels.${level}`),
  };
}
