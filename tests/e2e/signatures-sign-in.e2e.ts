// Sign-in by ЭЦП: people sign the server's nonce with their test .p12 key on the login page; refused certificates show the reason.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pkiDir, seriousA11yViolations } from './support/browser';
import {
  eventually,
  keyPasswordField,
  type Language,
  mainHeading,
  shownText,
  signWithTestKey,
  testSignerWords,
} from './support/journeys';

let browser: Browser;
let keyPassword: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const manifest = JSON.parse(fs.readFileSync(path.join(pkiDir(), 'manifest.json'), 'utf8')) as { password: string };
  keyPassword = manifest.password;
});

afterAll(async () => {
  await browser?.close();
});

/** What a person reads on the ЭЦП controls, in each interface language. */
const words = {
  ru: {
    loginTitle: 'Вход в систему',
    ecpButton: 'Войти с ЭЦП',
    dialogTitle: 'Подпишите запрос на вход',
    refused: 'Подпись не принята',
  },
  kk: {
    loginTitle: 'Жүйеге кіру',
    ecpButton: 'ЭЦҚ-мен кіру',
    dialogTitle: 'Жүйеге кіру сұрауына қол қойыңыз',
    refused: 'Қолтаңба қабылданбады',
  },
  en: {
    loginTitle: 'Log in',
    ecpButton: 'Sign in with ЭЦП',
    dialogTitle: 'Sign the sign-in request',
    refused: 'The signature was not accepted',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** Presses "Sign in with ЭЦП" on the login page that is open and returns the signing window. */
async function openEcpDialog(page: Page, language: Language): Promise<Locator> {
  await page.getByRole('button', { name: words[language].ecpButton, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: words[language].dialogTitle });
  await dialog.waitFor();
  return dialog;
}

describe('signing in with ЭЦП', () => {
  it('an employer representative signs the nonce with the test signer and lands on the home page, signed in (390 px)', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await page.goto('/login');
    await eventually(() => mainHeading(page)).toBe(words.ru.loginTitle);
    const dialog = await openEcpDialog(page, 'ru');

    // A wrong key password is caught in the browser, beside the field, before the server is asked anything.
    await signWithTestKey(page, dialog, { language: 'ru', key: 'employer1@demo.kz', password: 'not-the-key-password' });
    await dialog.getByText('Неверный пароль ключа.', { exact: true }).waitFor();
    expect(await keyPasswordField(dialog, 'ru').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/login');

    await keyPasswordField(dialog, 'ru').fill(keyPassword);
    await dialog.getByRole('button', { name: testSignerWords.ru.sign, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await eventually(() => mainHeading(page)).toBe('Здравствуйте, Серік Жанұзақов!');
    await page.locator('#main-content').getByText('ТОО «Астана Курылыс»', { exact: true }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Signed in on the server, not only on this screen.
    await page.reload();
    await eventually(() => mainHeading(page)).toBe('Здравствуйте, Серік Жанұзақов!');
    await page.context().close();
  });

  it('the head of a centre signs in in Kazakh and returns to the page they asked for (1280 px)', async () => {
    const page = await openPage(browser, { language: 'kk', width: 1280 });
    await page.goto('/inbox');
    await page.waitForURL((url) => url.pathname === '/login');
    await eventually(() => mainHeading(page)).toBe(words.kk.loginTitle);
    const dialog = await openEcpDialog(page, 'kk');
    expect(await shownText(dialog)).toContain('Тест сертификаттары — заңды күші жоқ');

    await signWithTestKey(page, dialog, { language: 'kk', key: 'head.astana@jumys.kz' });
    await page.waitForURL((url) => url.pathname === '/inbox');
    await eventually(() => mainHeading(page)).toBe('Кіріс хабарлар');
    await page.goto('/');
    await eventually(() => mainHeading(page)).toBe('Сәлеметсіз бе, Мұрат Серікұлы Әбдірахманов!');
    await page.context().close();
  });
});

describe('certificates the server refuses', () => {
  // Each refusal counts against the per-IP sign-in throttle (5 in 15 minutes, shared with wrong passwords): two here.
  it('a certificate from a CA outside the trust store is refused with the reason, in Russian, and nobody is signed in', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await page.goto('/login');
    const dialog = await openEcpDialog(page, 'ru');
    await signWithTestKey(page, dialog, { language: 'ru', key: 'test-untrusted' });

    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await shownText(alert)).toContain(words.ru.refused);
    expect(await shownText(alert)).toContain('Сертификат выдан не доверенным удостоверяющим центром.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.reload();
    await eventually(() => mainHeading(page)).toBe(words.ru.loginTitle);
    await page.context().close();
  });

  it('a revoked certificate is refused with the reason, in Kazakh', async () => {
    const page = await openPage(browser, { language: 'kk', width: 1280 });
    await page.goto('/login');
    const dialog = await openEcpDialog(page, 'kk');
    await signWithTestKey(page, dialog, { language: 'kk', key: 'test-revoked' });

    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await shownText(alert)).toContain(words.kk.refused);
    expect(await shownText(alert)).toContain('Сертификат кері қайтарылған.');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });
});

describe('the signing window', () => {
  it('says that the test trust store is in use and that NCALayer is not running when nothing answers (English, 1280 px)', async () => {
    const page = await openPage(browser, { language: 'en', width: 1280 });
    await page.goto('/login');
    const dialog = await openEcpDialog(page, 'en');

    const notice = dialog.locator('[data-trust-store="test"]');
    expect(await shownText(notice)).toContain('Test certificates — not legally binding');
    expect(await shownText(notice)).toContain('Signatures made here have no legal force.');
    expect(await dialog.getByRole('radio', { name: 'NCALayer' }).isChecked()).toBe(true);

    // Nothing listens on 127.0.0.1:13579 here, as on a computer without NCALayer started.
    await dialog.getByRole('button', { name: 'Sign with NCALayer', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await shownText(alert)).toContain('NCALayer is not running. Start NCALayer and try again.');
    const download = alert.getByRole('link', { name: 'Download NCALayer from pki.gov.kz' });
    expect(await download.getAttribute('href')).toBe('https://pki.gov.kz/ncalayer/');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Closing the window returns to the login page, with nobody signed in.
    await page.keyboard.press('Escape');
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await eventually(() => mainHeading(page)).toBe(words.en.loginTitle);
    await page.context().close();
  });

  it('has no serious accessibility violations with the test signer form open on a phone (390 px)', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await page.goto('/login');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const dialog = await openEcpDialog(page, 'ru');
    expect(await shownText(dialog)).toContain('Тестовые сертификаты — без юридической силы');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dialog.getByRole('radio', { name: testSignerWords.ru.method }).check();
    await dialog.getByRole('button', { name: testSignerWords.ru.sign, exact: true }).click();
    await dialog.getByText('Выберите файл ключа.', { exact: true }).waitFor();
    await dialog.getByText('Введите пароль ключа.', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The window fills the phone's width, so nothing in it is cut off.
    const box = await dialog.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    expect(box?.width).toBeGreaterThan(350);
    await page.context().close();
  });
});
