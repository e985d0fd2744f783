// Steps many journeys share — signing in and out, the burger menu, the test signer — and waiting for what the page shows.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, pkiDir } from './browser';

export type Language = 'kk' | 'ru' | 'en';

/** Polls until the page shows what the assertion expects: the journeys' stand-in for Playwright's web-first asserts. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 10_000, interval: 50 });
}

/** What a person reads on the controls these helpers use, in each interface language. */
export const screenWords = {
  ru: {
    login: 'Логин (e-mail)',
    password: 'Пароль',
    submit: 'Войти',
    openMenu: 'Открыть меню',
    logout: 'Выйти',
    loginTitle: 'Вход в систему',
    languageGroup: 'Язык интерфейса',
  },
  kk: {
    login: 'Логин (e-mail)',
    password: 'Құпиясөз',
    submit: 'Кіру',
    openMenu: 'Мәзірді ашу',
    logout: 'Шығу',
    loginTitle: 'Жүйеге кіру',
    languageGroup: 'Интерфейс тілі',
  },
  en: {
    login: 'Login (e-mail)',
    password: 'Password',
    submit: 'Log in',
    openMenu: 'Open menu',
    logout: 'Log out',
    loginTitle: 'Log in',
    languageGroup: 'Interface language',
  },
} as const satisfies Record<Language, Record<string, string>>;

export function loginField(page: Page, language: Language = 'ru') {
  return page.getByRole('textbox', { name: screenWords[language].login });
}

/**
 * The password input itself, not its "show password" toggle whose name also holds the word; the label's text ends
 * with the required-field asterisk, which screen readers skip but Playwright's label text includes.
 */
export function passwordField(page: Page, language: Language = 'ru') {
  return page.getByLabel(new RegExp(`^${screenWords[language].password}(\\s*\\*)?$`));
}

/** Types the login and password into the login page that is open and presses the button, as a person would. */
export async function submitLogin(
  page: Page,
  login: string,
  { language = 'ru', password = DEMO_PASSWORD }: { language?: Language; password?: string } = {},
) {
  await loginField(page, language).fill(login);
  await passwordField(page, language).fill(password);
  await page.getByRole('button', { name: screenWords[language].submit, exact: true }).click();
}

/** Opens the login page, signs in and waits until the app has left the login page. */
export async function signIn(page: Page, login: string, options: { language?: Language; password?: string } = {}) {
  await page.goto('/login');
  await submitLogin(page, login, options);
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Below 1200 px the navigation, language switcher and logout live in the burger menu. */
export async function openMenuIfNarrow(page: Page, language: Language = 'ru') {
  const burger = page.getByRole('button', { name: screenWords[language].openMenu });
  // The header must be drawn before the burger's visibility says anything about the width.
  await page.getByRole('banner').getByRole('link', { name: 'Jumys' }).first().waitFor();
  if (!(await burger.isVisible())) return;
  // Right after signing in the page may still settle and close a menu opened in that instant: open it until it stays.
  const toggle = page.getByRole('banner').locator('button[aria-expanded]').first();
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.waitForTimeout(400);
    if ((await toggle.getAttribute('aria-expanded')) === 'true') return;
  }
  throw new Error('the burger menu does not stay open');
}

export async function signOut(page: Page, language: Language = 'ru') {
  await openMenuIfNarrow(page, language);
  await page.getByRole('button', { name: screenWords[language].logout, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/login');
}

/** Each language is offered under its own name, whatever the interface speaks now. */
export const languageNames: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Picks a language in the switcher (in the burger menu on a phone), the one labelled in the current language. */
export async function chooseLanguage(page: Page, { from, to }: { from: Language; to: Language }) {
  await openMenuIfNarrow(page, from);
  await page.getByRole('radiogroup', { name: screenWords[from].languageGroup }).getByText(languageNames[to]).click();
}

/** The text a person sees in an element (hidden parts left out), with runs of white space made one space. */
export async function shownText(locator: Locator, options: { timeout?: number } = {}): Promise<string> {
  const text = await locator.innerText(options);
  return text.replace(/\s+/g, ' ').trim();
}

/** The page's first-level heading as shown; use inside eventually(), since pages load their data. */
export function mainHeading(page: Page): Promise<string> {
  return shownText(page.locator('#main-content').getByRole('heading', { level: 1 }), { timeout: 2_000 });
}

/** A whole label, which ends with an asterisk when the field is required. */
export function wholeLabel(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`);
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The one-time link of the newest mail to an address, read as the administrator (signed in on `admin`) reads kept mail without SMTP. */
export async function linkMailedTo(admin: Page, address: string, page: string): Promise<string> {
  let link: string | undefined;
  await eventually(async () => {
    await admin.goto('/admin/mail');
    const row = admin.locator('[data-mail-id]').filter({ hasText: address }).first();
    await row.waitFor({ timeout: 3_000 });
    await row.getByRole('button', { name: 'Показать текст' }).click();
    const bodyId = await row.getByRole('button', { name: 'Скрыть текст' }).getAttribute('aria-controls');
    const body = await shownText(admin.locator(`[id="${bodyId}"]`));
    link = body.match(new RegExp(`https?://\\S+/${page}#token=[A-Za-z0-9_-]{43}`))?.[0];
    return link !== undefined;
  }).toBe(true);
  return new URL(link!).pathname + new URL(link!).hash;
}

/** What a person reads on the test signer in the signing window, in each interface language. */
export const testSignerWords = {
  ru: {
    method: 'Тестовая подпись (файл .p12)',
    keyFile: 'Файл ключа (.p12)',
    keyPassword: 'Пароль ключа',
    sign: 'Подписать',
  },
  kk: {
    method: 'Тест қолтаңбасы (.p12 файлы)',
    keyFile: 'Кілт файлы (.p12)',
    keyPassword: 'Кілттің құпиясөзі',
    sign: 'Қол қою',
  },
  en: { method: 'Test signer (.p12 file)', keyFile: 'Key file (.p12)', keyPassword: 'Key password', sign: 'Sign' },
} as const satisfies Record<Language, Record<string, string>>;

/** The key password input itself, not its "show password" toggle; the label ends with the required-field asterisk. */
export function keyPasswordField(dialog: Locator, language: Language = 'ru'): Locator {
  return dialog.getByLabel(wholeLabel(testSignerWords[language].keyPassword));
}

/**
 * In an open signing window: chooses the test signer, picks p12/<key>.p12 of the e2e server's test PKI in the file
 * chooser as a person would, types the key's password and presses Sign.
 */
export async function signWithTestKey(
  page: Page,
  dialog: Locator,
  { key, language = 'ru', password = DEMO_PASSWORD }: { key: string; language?: Language; password?: string },
) {
  const w = testSignerWords[language];
  await dialog.getByRole('radio', { name: w.method }).check();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: new RegExp(`^${escapeRegExp(w.keyFile)}`) }).click(),
  ]);
  await chooser.setFiles(path.join(pkiDir(), 'p12', `${key}.p12`));
  await keyPasswordField(dialog, language).fill(password);
  await dialog.getByRole('button', { name: w.sign, exact: true }).click();
}

/** The district picker (КАТО): type part of the name as a person would, then choose the district from the list. */
export async function chooseDistrict(
  page: Page,
  scope: Locator | Page,
  label: string,
  { typed, shown }: { typed: string; shown: string },
): Promise<void> {
  const field = scope.getByRole('textbox', { name: wholeLabel(label) });
  await field.click();
  await field.fill(typed);
  await page.getByRole('option', { name: shown, exact: true }).click();
}

/** A planned start date the form accepts whatever day a journey runs: the 1st of next month in Kazakhstan (UTC+5). */
export function firstOfNextMonth(): string {
  const now = new Date(Date.now() + 5 * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** An employer (signed in, in Russian) opens a new social-jobs application; returns its page's path. */
export async function startSocialJobsApplication(page: Page): Promise<string> {
  await page.goto('/employer/applications');
  await page.getByRole('button', { name: 'Новая заявка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая заявка' });
  await dialog.getByRole('textbox', { name: /Программа субсидирования/ }).click();
  await page.getByRole('option', { name: 'Социальные рабочие места' }).click();
  await dialog.getByRole('button', { name: 'Создать заявку' }).click();
  await page.waitForURL((url) => /\/employer\/applications\/[0-9a-f-]{36}$/.test(url.pathname));
  return new URL(page.url()).pathname;
}

/**
 * B03-1.2 and 1.3 for employer8 (ТОО «Коктем Тигин», Almaty; clean in the registries): one position of machine
 * operators, the start next month, saved, and the registries' check passed.
 */
export async function fillOnePositionAndCheck(page: Page, { jobs, wage }: { jobs: number; wage: number }) {
  const form = page.locator('[data-step-panel="B03-1.2"]');
  await form.getByLabel(wholeLabel('Планируемая дата начала работ')).fill(firstOfNextMonth());
  await form.getByRole('button', { name: 'Добавить рабочее место' }).click();
  const position = form.getByRole('region', { name: 'Рабочее место 1' });
  await position.getByRole('textbox', { name: /^Профессия/ }).fill('7531');
  await page.getByRole('option', { name: /7531/ }).click();
  await position.getByLabel(/^Количество рабочих мест/).fill(String(jobs));
  await position.getByLabel(/^Заработная плата в месяц/).fill(String(wage));
  await position.getByLabel(/^Место работы/).fill('Цех ТОО «Коктем Тигин», ул. Тимирязева, 42');
  await chooseDistrict(page, position, 'Район', { typed: 'Бостандык', shown: 'Бостандыкский район' });
  await form.locator('[data-autosave="saved"]').waitFor({ timeout: 15_000 });
  await form.getByRole('button', { name: 'Сохранить и продолжить' }).click();
  await page.locator('[data-step-panel="B03-1.3"]').getByRole('button', { name: 'Запустить проверку' }).click();
  await eventually(() => page.locator('[data-check-result]').getAttribute('data-check-result')).toBe('eligible');
}
