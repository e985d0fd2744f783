// Sets up i18next with the Kazakh, Russian and English messages and keeps <html lang> in step with the language.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Locale, locales } from '../../shared/roles';
import enAccounts from './en/accounts.json';
import enAdmin from './en/admin.json';
import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCommission from './en/commission.json';
import enCommon from './en/common.json';
import enCvs from './en/cvs.json';
import enHome from './en/home.json';
import enInbox from './en/inbox.json';
import enProcesses from './en/processes.json';
import enProgrammes from './en/programmes.json';
import enReview from './en/review.json';
import enSeekers from './en/seekers.json';
import enSignatures from './en/signatures.json';
import enSubsidy from './en/subsidy.json';
import kkAccounts from './kk/accounts.json';
import kkAdmin from './kk/admin.json';
import kkAudit from './kk/audit.json';
import kkAuth from './kk/auth.json';
import kkCommission from './kk/commission.json';
import kkCommon from './kk/common.json';
import kkCvs from './kk/cvs.json';
import kkHome from './kk/home.json';
import kkInbox from './kk/inbox.json';
import kkProcesses from './kk/processes.json';
import kkProgrammes from './kk/programmes.json';
import kkReview from './kk/review.json';
import kkSeekers from './kk/seekers.json';
import kkSignatures from './kk/signatures.json';
import kkSubsidy from './kk/subsidy.json';
import ruAccounts from './ru/accounts.json';
import ruAdmin from './ru/admin.json';
import ruAudit from './ru/audit.json';
import ruAuth from './ru/auth.json';
import ruCommission from './ru/commission.json';
import ruCommon from './ru/common.json';
import ruCvs from './ru/cvs.json';
import ruHome from './ru/home.json';
import ruInbox from './ru/inbox.json';
import ruProcesses from './ru/processes.json';
import ruProgrammes from './ru/programmes.json';
import ruReview from './ru/review.json';
import ruSeekers from './ru/seekers.json';
import ruSignatures from './ru/signatures.json';
import ruSubsidy from './ru/subsidy.json';

const ru = {
  common: ruCommon,
  cvs: ruCvs,
  commission: ruCommission,
  accounts: ruAccounts,
  auth: ruAuth,
  home: ruHome,
  inbox: ruInbox,
  processes: ruProcesses,
  review: ruReview,
  programmes: ruProgrammes,
  admin: ruAdmin,
  audit: ruAudit,
  signatures: ruSignatures,
  seekers: ruSeekers,
  subsidy: ruSubsidy,
};
const kk = {
  common: kkCommon,
  cvs: kkCvs,
  commission: kkCommission,
  accounts: kkAccounts,
  auth: kkAuth,
  home: kkHome,
  inbox: kkInbox,
  processes: kkProcesses,
  review: kkReview,
  programmes: kkProgrammes,
  admin: kkAdmin,
  audit: kkAudit,
  signatures: kkSignatures,
  seekers: kkSeekers,
  subsidy: kkSubsidy,
};
const en = {
  common: enCommon,
  cvs: enCvs,
  commission: enCommission,
  accounts: enAccounts,
  auth: enAuth,
  home: enHome,
  inbox: enInbox,
  processes: enProcesses,
  review: enReview,
  programmes: enProgrammes,
  admin: enAdmin,
  audit: enAudit,
  signatures: enSignatures,
  seekers: enSeekers,
  subsidy: enSubsidy,
};
export type Messages = typeof ru;

// Each language must have exactly the keys of the others: assignable both ways means the same key set.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kazakhMatchesRussian: SameKeys<typeof kk, Messages> = true;
const englishMatchesRussian: SameKeys<typeof en, Messages> = true;
void kazakhMatchesRussian;
void englishMatchesRussian;

export const namespaces = Object.keys(ru) as (keyof Messages)[];
export const fallbackLanguage: Locale = 'ru';
export const languageStorageKey = 'jumys.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Messages;
  }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language the person chose on this device, if any; storage may be unavailable (private mode). */
export function readStoredLanguage(): Locale | null {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLanguage(locale: Locale): void {
  try {
    window.localStorage.setItem(languageStorageKey, locale);
  } catch {
    // Without storage the choice lasts for this page only, which is still usable.
  }
}

export function currentLanguage(): Locale {
  return isLocale(i18n.language) ? i18n.language : fallbackLanguage;
}

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
}

i18n.on('languageChanged', reflectLanguageInDocument);

void i18n.use(initReactI18next).init({
  resources: { kk, ru, en },
  lng: readStoredLanguage() ?? fallbackLanguage,
  fallbackLng: fallbackLanguage,
  supportedLngs: [...locales],
  ns: namespaces,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
