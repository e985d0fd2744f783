// Foundation: a person of each role signs in through the login page, reads the welcome notice and signs out.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import {
  eventually,
  loginField,
  mainHeading,
  passwordField,
  shownText,
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

type Person = {
  who: string;
  login: string;
  fullName: string;
  /** The name the welcome notice greets, as the demo world wrote it. */
  greeted: string;
  role: string;
  organisation: string | null;
  width: number;
};

// Phone and desktop widths alternate, so both the burger menu and the full header are signed out of. The people are
// ones no other journey writes to, so each has exactly its welcome notice whatever ran before (the Astana and Almaty
// heads and assistance specialists sit on the commissions the B03 journeys hold, and hear of them).
const people: Person[] = [
  {
    who: 'an employer representative',
    login: 'employer4@demo.kz',
    fullName: 'Әсем Бақытова',
    greeted: 'Әсем Бақытова',
    role: 'Представитель работодателя',
    organisation: 'ТОО «Нур Медиа»',
    width: 390,
  },
  {
    who: 'a job seeker',
    login: 'seeker1@demo.kz',
    fullName: 'Арман Қайратұлы Сәрсенбаев',
    greeted: 'Арман Қайратұлы Сәрсенбаев',
    role: 'Соискатель',
    organisation: null,
    width: 1280,
  },
  {
    who: 'an employer-relations specialist',
    login: 'specialist.shymkent@jumys.kz',
    fullName: 'Бахыт Оразұлы Жұмабаев',
    greeted: 'Бахыт Оразұлы Жұмабаев',
    role: 'Специалист по взаимодействию с работодателями',
    organisation: 'Центр трудовой мобильности города Шымкента',
    width: 390,
  },
  {
    who: 'an employment-assistance specialist',
    login: 'assistance.shymkent@jumys.kz',
    fullName: 'Әйгерім Нұржанқызы Исаева',
    greeted: 'Әйгерім Нұржанқызы Исаева',
    role: 'Специалист по содействию занятости',
    organisation: 'Центр трудовой мобильности города Шымкента',
    width: 1280,
  },
  {
    who: 'the head of a centre',
    login: 'head.shymkent@jumys.kz',
    fullName: 'Нұрлан Әміртайұлы Сыздықов',
    greeted: 'Нұрлан Әміртайұлы Сыздықов',
    role: 'Руководитель ЦТМ (КЦ)',
    organisation: 'Центр трудовой мобильности города Шымкента',
    width: 390,
  },
  {
    who: 'a labour-market analyst',
    login: 'analyst.astana@jumys.kz',
    fullName: 'Динара Маратқызы Жақсыбекова',
    greeted: 'Динара Маратқызы Жақсыбекова',
    role: 'Аналитик рынка труда',
    organisation: 'Центр трудовой мобильности города Астаны',
    width: 1280,
  },
  {
    who: 'the administrator',
    login: 'admin@jumys.kz',
    fullName: 'Администратор Jumys',
    greeted: 'Администратор',
    role: 'Администратор',
    organisation: null,
    width: 390,
  },
];

function inboxLinkInHeader(page: Page, name: string) {
  return page.getByRole('banner').getByRole('link', { name, exact: true });
}

/** The texts a field's aria-describedby points at: what a screen reader reads after the field's name. */
async function descriptionOf(page: Page, field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => shownText(page.locator(`[id="${id}"]`))));
  return texts.join(' ').trim();
}

describe('signing in as each role', () => {
  for (const person of people) {
    it(`${person.who} signs in, sees their name and role, reads the welcome notice and signs out (${person.width} px)`, async () => {
      // This device has chosen Russian, which wins over a language saved on the account (seeker1's is Kazakh).
      const page = await openPage(browser, { language: 'ru', width: person.width });

      await page.goto('/login');
      await eventually(() => mainHeading(page)).toBe('Вход в систему');
      expect(await page.title()).toBe('Вход в систему — Jumys');

      await submitLogin(page, person.login);
      await page.waitForURL((url) => url.pathname === '/');
      await eventually(() => mainHeading(page)).toBe(`Здравствуйте, ${person.fullName}!`);
      expect(await page.title()).toBe('Главная — Jumys');
      const main = page.locator('#main-content');
      await main.getByText(person.role, { exact: true }).waitFor();
      if (person.organisation) await main.getByText(person.organisation, { exact: true }).waitFor();
      else expect(await main.getByText('Организация:').count()).toBe(0);

      const unreadInboxLink = inboxLinkInHeader(page, 'Входящие, непрочитанных: 1');
      await unreadInboxLink.waitFor();
      // The drawn badge; the link's name above is what a screen reader says instead.
      await unreadInboxLink.getByText('1', { exact: true }).waitFor();
      await main.getByText('Непрочитанных: 1', { exact: true }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await unreadInboxLink.click();
      await page.waitForURL((url) => url.pathname === '/inbox');
      await eventually(() => mainHeading(page)).toBe('Входящие');
      expect(await page.title()).toBe('Входящие — Jumys');
      const unreadNotice = page.locator('[data-unread]');
      await eventually(() => unreadNotice.count()).toBe(1);
      await unreadNotice.getByRole('heading', { name: 'Добро пожаловать в Jumys' }).waitFor();
      expect(await shownText(unreadNotice)).toContain(`${person.greeted}, ваша учётная запись готова.`);
      expect(await shownText(unreadNotice)).toContain('Не прочитано');
      await main.getByText('Непрочитанных: 1', { exact: true }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await unreadNotice.getByRole('heading', { name: 'Добро пожаловать в Jumys' }).click();
      await eventually(() => unreadNotice.count()).toBe(0);
      await main.getByText('Непрочитанных: 0', { exact: true }).waitFor();
      await inboxLinkInHeader(page, 'Входящие').waitFor();
      expect(await inboxLinkInHeader(page, 'Входящие').getByText(/^\d+$/).count()).toBe(0);
      expect(await shownText(main.getByRole('listitem'))).not.toContain('Не прочитано');

      // Read on the server, not only on this screen: a reload still shows nothing unread.
      await page.reload();
      await main.getByRole('heading', { name: 'Добро пожаловать в Jumys' }).waitFor();
      await main.getByText('Непрочитанных: 0', { exact: true }).waitFor();
      expect(await page.locator('[data-unread]').count()).toBe(0);
      await inboxLinkInHeader(page, 'Входящие').waitFor();

      await signOut(page);
      await eventually(() => mainHeading(page)).toBe('Вход в систему');
      await page.goto('/inbox');
      await page.waitForURL((url) => url.pathname === '/login');
      await eventually(() => mainHeading(page)).toBe('Вход в систему');
      const anyInboxLink = page.getByRole('banner').getByRole('link', { name: /Входящие/ });
      expect(await anyInboxLink.count()).toBe(0);
      await page.context().close();
    });
  }
});

describe('the login form when something is missing or wrong', () => {
  it('a wrong password shows "Неверный логин или пароль." in an alert, keeps the login typed, and the right one gets in', async () => {
    const page = await openPage(browser, { language: 'ru', width: 1280 });
    await page.goto('/login');
    await submitLogin(page, 'employer2@demo.kz', { password: 'not-the-password' });

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await shownText(alert)).toContain('Не удалось войти');
    expect(await shownText(alert)).toContain('Неверный логин или пароль.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await loginField(page).inputValue()).toBe('employer2@demo.kz');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await passwordField(page).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await eventually(() => mainHeading(page)).toBe('Здравствуйте, Бауыржан Есенов!');
    await page.context().close();
  });

  it('an empty form shows "Заполните это поле." beside the login and the password, and no alert', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await page.goto('/login');
    await eventually(() => mainHeading(page)).toBe('Вход в систему');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Войти', exact: true }).click();

    await eventually(() => page.getByText('Заполните это поле.', { exact: true }).count()).toBe(2);
    expect(await descriptionOf(page, loginField(page))).toBe('Заполните это поле.');
    expect(await descriptionOf(page, passwordField(page))).toBe('Заполните это поле.');
    expect(await loginField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await passwordField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
