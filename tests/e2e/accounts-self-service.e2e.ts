// Accounts (issue 4): a job seeker registers with IIN and e-mail, confirms it by the mailed link and signs in; a
// forgotten password is reset by its link, which then cannot be used again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIin } from '../../src/server/modules/identity/identity.fixtures';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import { eventually, linkMailedTo, mainHeading, signIn, signOut, submitLogin } from './support/journeys';

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await openPage(browser, { language: 'ru', width: 1280 });
  await signIn(admin, 'admin@jumys.kz');
});

afterAll(async () => {
  await browser?.close();
});

describe('a job seeker joins on their own', () => {
  it('registers in Kazakh from the login page, cannot sign in before confirming, confirms by the link and signs in', async () => {
    const page = await openPage(browser, { language: 'kk', width: 390 });
    const email = 'zhanar.e2e@mail.kz';
    await page.goto('/login');
    await page.getByRole('link', { name: 'Ізденушіні тіркеу' }).click();
    await eventually(() => mainHeading(page)).toBe('Ізденушіні тіркеу');
    await page.getByLabel(/^Тегі, аты, әкесінің аты/).fill('Жанар Болатқызы Серікова');
    await page.getByLabel(/^ЖСН/).fill(makeIin('1998-03-14', 'female', 7000));
    await page.getByLabel(/^Электрондық пошта/).fill(email);
    await page.getByLabel(/^Құпиясөз(\s*\*)?$/).fill('qysqa');
    await page.getByRole('button', { name: 'Тіркелу' }).click();
    await page.getByText('Құпиясөз кемінде 10 таңбадан тұруы керек.').waitFor();
    expect(await page.getByLabel(/^Құпиясөз(\s*\*)?$/).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel(/^Құпиясөз(\s*\*)?$/).fill('Jumys-jana-2026');
    await page.getByRole('button', { name: 'Тіркелу' }).click();
    await page.locator('[data-outcome="done"]').getByText(email).waitFor();

    await page.goto('/login');
    await submitLogin(page, email, { language: 'kk', password: 'Jumys-jana-2026' });
    await page.getByText('Электрондық пошта әлі расталмаған.', { exact: false }).waitFor();

    await page.goto(await linkMailedTo(admin, email, 'confirm-email'));
    await page.locator('[data-outcome="done"]').getByText('Пошта расталды.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Кіру' }).first().click();
    await submitLogin(page, email, { language: 'kk', password: 'Jumys-jana-2026' });
    await eventually(() => mainHeading(page)).toBe('Сәлеметсіз бе, Жанар Болатқызы Серікова!');
    await page.context().close();
  });
});

describe('a forgotten password', () => {
  it('is reset in Russian by the mailed link; the old password and the used link stop working', async () => {
    const page = await openPage(browser, { language: 'ru', width: 1280 });
    await page.goto('/login');
    await page.getByRole('link', { name: 'Забыли пароль?' }).click();
    await eventually(() => mainHeading(page)).toBe('Восстановление пароля');
    await page.getByLabel(/^Электронная почта/).fill('seeker6@demo.kz');
    await page.getByRole('button', { name: 'Отправить ссылку' }).click();
    await page.locator('[data-outcome="done"]').waitFor();

    const resetLink = await linkMailedTo(admin, 'seeker6@demo.kz', 'reset-password');
    await page.goto(resetLink);
    await eventually(() => mainHeading(page)).toBe('Новый пароль');
    await page.getByLabel(/^Новый пароль/).fill('Novyi-parol-2026');
    await page.getByLabel(/^Повторите пароль/).fill('Novyi-parol-2026');
    await page.getByRole('button', { name: 'Сохранить пароль' }).click();
    await page.locator('[data-outcome="done"]').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await signIn(page, 'seeker6@demo.kz', { password: 'Novyi-parol-2026' });
    await signOut(page);

    await page.goto(resetLink);
    await page.getByLabel(/^Новый пароль/).fill('Esche-odin-2026');
    await page.getByLabel(/^Повторите пароль/).fill('Esche-odin-2026');
    await page.getByRole('button', { name: 'Сохранить пароль' }).click();
    await page.getByText('Ссылка недействительна', { exact: false }).waitFor();
    await page.context().close();
  });
});
