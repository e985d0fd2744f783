// Words for the codes an application carries (occupations, regions, legal forms, schedules, check conditions) and its dates.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/api/common';
import { type EmployerConditionCode, employerConditionCodes } from '../../../shared/api/employer-conditions';
import { legalForms, positionSchedules } from '../../../shared/api/subsidized-jobs';
import { occupationName, occupations } from '../../../shared/occupations';
import { regions } from '../../../shared/regions';
import type { Locale } from '../../../shared/roles';
import { pickText, useUiLanguage } from '../../ui/labels';

export type Option = { value: string; label: string };

export function occupationOptions(language: Locale): Option[] {
  return Object.entries(occupations as Record<string, LocalizedText>).map(([code, name]) => ({
    value: code,
    label: `${code} — ${pickText(name, language)}`,
  }));
}

export function occupationLabel(code: string, language: Locale): string {
  const name = occupationName(code);
  return name ? `${code} — ${pickText(name, language)}` : code;
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

const knownSources = ['gbd_ul', 'kgd', 'gfss', 'esutd', 'jumys'] as const;
type KnownSource = (typeof knownSources)[number];

function isKnown<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function useSubsidyLabels() {
  const { t } = useTranslation('subsidy');
  const language = useUiLanguage();
  return useMemo(
    () => ({
      language,
      legalFormOptions: legalForms.map((form) => ({ value: form, label: t(`legalForms.${form}`) })),
      scheduleOptions: positionSchedules.map((s) => ({ value: s, label: t(`schedules.${s}`) })),
      legalForm: (form: string) => (isKnown(legalForms, form) ? t(`legalForms.${form}`) : form),
      schedule: (s: string) => (isKnown(positionSchedules, s) ? t(`schedules.${s}`) : s),
      conditionName: (code: string) =>
        isKnown<EmployerConditionCode>(employerConditionCodes, code) ? t(`conditions.${code}.name`) : code,
      conditionFailure: (code: string) =>
        isKnown<EmployerConditionCode>(employerConditionCodes, code)
          ? t(`conditions.${code}.failed`)
          : t('check.failedGeneric'),
      source: (source: string) => (isKnown<KnownSource>(knownSources, source) ? t(`sources.${source}`) : source),
    }),
    [t, language],
  );
}

/** A calendar date (YYYY-MM-DD) as people in Kazakhstan write it, 14.03.2026, in every interface language. */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDate;
}

/** Hours and minutes on the device's clock, 24-hour: "saved at 14:05". */
export function formatClockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
