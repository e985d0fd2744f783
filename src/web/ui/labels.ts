// Turning data the API sends (roles, systems, texts in three languages, times) into words of the current language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/api/common';
import type { ProcessSystem } from '../../shared/processes/types';
import { allRoles, type Locale, type Role } from '../../shared/roles';
import { isLocale } from '../i18n';

function isRole(value: string): value is Role {
  return (allRoles as readonly string[]).includes(value);
}

export function useUiLanguage(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'ru';
}

/** Data texts fall back to Russian, which every record has. */
export function pickText(text: LocalizedText, language: Locale): string {
  return text[language] ?? text.ru;
}

export function useRoleLabel(): (role: string | null | undefined) => string {
  const { t } = useTranslation();
  return (role) => {
    if (!role) return '';
    return isRole(role) ? t(`roles.${role}`) : role;
  };
}

export function useSystemLabel(): (system: ProcessSystem) => string {
  const { t } = useTranslation();
  return (system) => (system === 'none' ? '' : t(`systems.${system}`));
}

function dateTimeFormatFor(language: Locale): Intl.DateTimeFormat {
  const monthName = new Intl.DateTimeFormat(language, { month: 'long' }).format(new Date(2026, 10, 15));
  if (!/\d/.test(monthName)) return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  // Browsers that ship no month names for the language (Chromium has none for Kazakh) would print "2026 M11 23";
  // digits in the Kazakh order (23.11.2026, 09:40) read correctly in any language.
  return new Intl.DateTimeFormat('ru-KZ', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Formats ISO date-times for people, in their language and their device's time zone. */
export function useDateTimeFormat(): (iso: string) => string {
  const language = useUiLanguage();
  const format = useMemo(() => dateTimeFormatFor(language), [language]);
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}
