// Message lookup with {{name}} interpolation, shared by the server (errors, e-mails) and the web client.
import type { Locale } from '../roles';
import en from './en.errors.json';
import kk from './kk.errors.json';
import ru from './ru.errors.json';

export type Messages = Record<string, string>;

const catalogs: Record<Locale, Messages[]> = { kk: [kk], ru: [ru], en: [en] };

/** Modules add their own message files (errors, notification templates) at start. */
export function registerMessages(locale: Locale, messages: Messages): void {
  catalogs[locale].push(messages);
}

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const lookup = (l: Locale) => {
    const list = catalogs[l];
    for (let i = list.length - 1; i >= 0; i--) {
      const hit = list[i]?.[key];
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  // Kazakh and Russian are complete; English falls back to Russian where a module has no English yet.
  const template = lookup(locale) ?? lookup('ru') ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function hasMessage(locale: Locale, key: string): boolean {
  return catalogs[locale].some((m) => key in m);
}
