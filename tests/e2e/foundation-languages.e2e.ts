// Foundation: Kazakh, Russian and English on the login page and after sign-in, and the account remembering the choice.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import {
  chooseLanguage,
  eventually,
  type Language,
  mainHeading,
  passwordField,
  screenWords,
  shownText,
  signIn,
  signOut,
  submitLogin,
} from './support/journeys';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const navigationName: Record<Language, string> = {
  kk: 'Негізгі навигация',
  ru: 'Основная навигация',
  en: 'Main navigation',
};

function documentLanguage(page: Page) {
  return page.locator('html').getAttribute('lang');
}

/** What a visitor and an employer representative find in the navigation, in each language. */
const visitorNavigation = {
  ru: ['Работодателям', 'Карты процессов', 'Программы субсидий'],
  kk: ['Жұмыс берушілерге', 'Процестер карталары', 'Субсидия бағдарламалары'],
  en: ['For employers', 'Process maps', 'Subsidy programmes'],
};
const employerNavigation = {
  kk: [
    'Басты бет',
    'Субсидияланатын жұмыс орындары',
    'Ұйым пайдаланушылары',
    'Жұмыс іздеушілердің түйіндемелері',
    'Процестер карталары',
    'Субсидия бағдарламалары',
  ],
  en: ['Home', 'Subsidized jobs', 'Organisation users', "Job seekers' CVs", 'Process maps', 'Subsidy programmes'],
};

/** The link texts of the main navigation, which on a phone is shown only while the burger menu is open. */
function navigationLinks(page: Page, language: Language) {
  return page
    .getByRole('navigation', { name: navigationName[language], exact: true })
    .getByRole('link')
    .allInnerTexts();
}

/** Switching while signed in saves the language on the account; waits until the server has it. */
async function chooseLanguageOnAccount(page: Page, languages: { from: Language; to: Language }) {
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/me/locale') && response.request().method() === 'PUT',
  );
  await chooseLanguage(page, languages);
  expect((await saved).status()).toBe(204);
}

describe('choosing the interface language', () => {
  it('the login page turns Kazakh, English and back to Russian: heading, fields, navigation and <html lang> follow', async () => {
    const page = await openPage(browser, { width: 1280 });
    await page.goto('/login');
    await eventually(() => mainHeading(page)).toBe('Вход в систему');
    expect(await documentLanguage(page)).toBe('ru');
    expect(await navigationLinks(page, 'ru')).toEqual(visitorNavigation.ru);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await chooseLanguage(page, { from: 'ru', to: 'kk' });
    await eventually(() => mainHeading(page)).toBe('Жүйеге кіру');
    expect(await documentLanguage(page)).toBe('kk');
    expect(await page.title()).toBe('Жүйеге кіру — Jumys');
    expect(await navigationLinks(page, 'kk')).toEqual(visitorNavigation.kk);
    await passwordField(page, 'kk').waitFor();
    await page.getByRole('button', { name: 'Кіру', exact: true }).waitFor();
    await page.getByRole('radiogroup', { name: screenWords.kk.languageGroup }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The choice is kept on this device.
    await page.reload();
    await eventually(() => mainHeading(page)).toBe('Жүйеге кіру');
    expect(await documentLanguage(page)).toBe('kk');

    await chooseLanguage(page, { from: 'kk', to: 'en' });
    await eventually(() => mainHeading(page)).toBe('Log in');
    expect(await documentLanguage(page)).toBe('en');
    expect(await navigationLinks(page, 'en')).toEqual(visitorNavigation.en);
    await page.getByRole('button', { name: 'Log in', exact: true }).waitFor();

    await chooseLanguage(page, { from: 'en', to: 'ru' });
    await eventually(() => mainHeading(page)).toBe('Вход в систему');
    expect(await documentLanguage(page)).toBe('ru');
    expect(await page.title()).toBe('Вход в систему — Jumys');
    await page.context().close();
  });

  it('after sign-in the pages and the welcome notice change language, and a new device opens in the Kazakh the account chose', async () => {
    const phone = await openPage(browser, { width: 390 });
    await signIn(phone, 'employer3@demo.kz');
    await eventually(() => mainHeading(phone)).toBe('Здравствуйте, Қанат Мұқанов!');
    const main = phone.locator('#main-content');
    await main.getByText('ТОО «Есиль Агро»', { exact: true }).waitFor();
    expect(await documentLanguage(phone)).toBe('ru');

    await phone.getByRole('banner').getByRole('link', { name: 'Входящие, непрочитанных: 1' }).click();
    await eventually(() => mainHeading(phone)).toBe('Входящие');
    await main.getByRole('heading', { name: 'Добро пожаловать в Jumys' }).waitFor();
    expect(await shownText(main.getByRole('listitem'))).toContain('Қанат Мұқанов, ваша учётная запись готова.');
    expect(await seriousA11yViolations(phone)).toEqual([]);

    await chooseLanguageOnAccount(phone, { from: 'ru', to: 'kk' });
    await eventually(() => mainHeading(phone)).toBe('Кіріс хабарлар');
    expect(await documentLanguage(phone)).toBe('kk');
    expect(await phone.title()).toBe('Кіріс хабарлар — Jumys');
    // Rendered by the server for the language the request asks for.
    await main.getByRole('heading', { name: 'Jumys жүйесіне қош келдіңіз' }).waitFor();
    expect(await shownText(main.getByRole('listitem'))).toContain('Қанат Мұқанов, сіздің есептік жазбаңыз дайын.');
    await main.getByText('Оқылмағаны: 1', { exact: true }).waitFor();
    await phone.getByRole('banner').getByRole('link', { name: 'Кіріс хабарлар, оқылмағаны: 1' }).waitFor();
    expect(await navigationLinks(phone, 'kk')).toEqual(employerNavigation.kk);
    expect(await seriousA11yViolations(phone)).toEqual([]);

    await chooseLanguageOnAccount(phone, { from: 'kk', to: 'en' });
    await eventually(() => mainHeading(phone)).toBe('Inbox');
    expect(await documentLanguage(phone)).toBe('en');
    await main.getByRole('heading', { name: 'Welcome to Jumys' }).waitFor();
    expect(await shownText(main.getByRole('listitem'))).toContain('Қанат Мұқанов, your account is ready.');
    expect(await navigationLinks(phone, 'en')).toEqual(employerNavigation.en);

    await chooseLanguageOnAccount(phone, { from: 'en', to: 'kk' });
    await main.getByRole('heading', { name: 'Jumys жүйесіне қош келдіңіз' }).waitFor();
    await phone.getByRole('navigation', { name: navigationName.kk }).getByRole('link', { name: 'Басты бет' }).click();
    await eventually(() => mainHeading(phone)).toBe('Сәлеметсіз бе, Қанат Мұқанов!');
    await main.getByText('Жұмыс беруші өкілі', { exact: true }).waitFor();
    await main.getByText('«Есіл Агро» ЖШС', { exact: true }).waitFor();
    expect(await phone.title()).toBe('Басты бет — Jumys');
    expect(await seriousA11yViolations(phone)).toEqual([]);

    await signOut(phone, 'kk');
    await eventually(() => mainHeading(phone)).toBe('Жүйеге кіру');
    await phone.context().close();

    // A device where nobody chose a language starts in Russian, then speaks the account's language once signed in.
    const desktop = await openPage(browser, { width: 1280 });
    await desktop.goto('/login');
    await eventually(() => mainHeading(desktop)).toBe('Вход в систему');
    await submitLogin(desktop, 'employer3@demo.kz');
    await eventually(() => mainHeading(desktop)).toBe('Сәлеметсіз бе, Қанат Мұқанов!');
    expect(await documentLanguage(desktop)).toBe('kk');
    expect(await navigationLinks(desktop, 'kk')).toEqual(employerNavigation.kk);
    await desktop.getByRole('banner').getByRole('link', { name: 'Кіріс хабарлар, оқылмағаны: 1' }).click();
    await eventually(() => mainHeading(desktop)).toBe('Кіріс хабарлар');
    await desktop.locator('#main-content').getByRole('heading', { name: 'Jumys жүйесіне қош келдіңіз' }).waitFor();
    await desktop.context().close();
  });
});
