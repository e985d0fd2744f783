// The seeker registry (issue 4, ФК-А.01): a new job seeker asks the Shymkent centre in Kazakh to register them as
// unemployed; the centre's employment-assistance specialist accepts in Russian with categories; the seeker sees the
// status and the categories in their cabinet. Every demo seeker already has an open registration (seekers.demo.ts),
// so the journey starts with a seeker who joins on their own — and who then builds a CV and downloads its PDF. The
// centre's head reads the registry without deciding; the seeker leaves it on their own request (A01-4a), asks again,
// and the specialist ends the registration on a ground (A01-4), which the seeker then reads in Kazakh.
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIin } from '../../src/server/modules/identity/identity.fixtures';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import {
  chooseDistrict,
  eventually,
  linkMailedTo,
  mainHeading,
  shownText,
  signIn,
  submitLogin,
  wholeLabel,
} from './support/journeys';

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

async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole('textbox', { name: wholeLabel(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// A mark of this run: the IIN and e-mail are new even if the database outlives a run.
const run = Date.now();
const seeker = {
  fullName: 'Аружан Ерланқызы Тілеуова',
  iin: makeIin('1999-06-12', 'female', 7100 + (run % 800)),
  email: `aruzhan.${run.toString(36)}@mail.kz`,
  password: 'Jumys-aruzhan-2026',
};

describe('a seeker is registered as unemployed with categories', () => {
  let seekerPage: Page;

  it('A01-1 a new seeker joins, fills in the profile and asks the Shymkent centre in Kazakh', async () => {
    seekerPage = await openPage(browser, { language: 'kk', width: 390 });
    const page = seekerPage;
    await page.goto('/register');
    await page.getByLabel(/^Тегі, аты, әкесінің аты/).fill(seeker.fullName);
    await page.getByLabel(/^ЖСН/).fill(seeker.iin);
    await page.getByLabel(/^Электрондық пошта/).fill(seeker.email);
    await page.getByLabel(/^Құпиясөз(\s*\*)?$/).fill(seeker.password);
    await page.getByRole('button', { name: 'Тіркелу' }).click();
    await page.locator('[data-outcome="done"]').getByText(seeker.email).waitFor();
    await page.goto(await linkMailedTo(admin, seeker.email, 'confirm-email'));
    await page.locator('[data-outcome="done"]').waitFor();
    await page.goto('/login');
    await submitLogin(page, seeker.email, { language: 'kk', password: seeker.password });
    await page.waitForURL((url) => url.pathname !== '/login');

    await page.goto('/seeker');
    await eventually(() => mainHeading(page)).toBe('Жұмыспен қамту орталығында тіркелу');
    await page.locator('[data-status="none"]').waitFor();
    const profile = page.locator('[data-profile]');
    await choose(page, profile, 'Өңір', 'Шымкент қаласы');
    await chooseDistrict(page, profile, 'Аудан (елді мекен)', { typed: 'Абай', shown: 'Абай ауданы' });
    await choose(page, profile, 'Білімі', 'Техникалық және кәсіптік');
    await profile.getByLabel('Оқу орнын бітірген жылы').fill('2024');
    await profile.getByLabel('Жұмыс өтілім бар').uncheck();
    await profile.getByRole('button', { name: 'Профильді сақтау' }).click();
    await page.getByText('Профиль сақталды.').waitFor();

    const request = page.locator('[data-request-form]');
    await request.getByRole('radio', { name: 'Жұмыссыз' }).check();
    await choose(page, request, 'Жұмыспен қамту орталығы', 'Шымкент қаласының Еңбек мобильділігі орталығы');
    await request.getByRole('button', { name: 'Өтінішті жіберу' }).click();
    const status = page.locator('[data-registration-id][data-status="requested"]');
    await status.waitFor();
    expect(await shownText(status.locator('[data-status-text]'))).toBe(
      'Жұмыссыз ретінде тіркеу туралы өтінішіңіз қаралуда',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('A01-2 the Shymkent specialist finds the request in Russian and accepts it with categories', async () => {
    const page = await openPage(browser, { language: 'ru', width: 1280 });
    await signIn(page, 'assistance.shymkent@jumys.kz');
    await page.getByRole('link', { name: 'Регистр соискателей' }).click();
    await eventually(() => mainHeading(page)).toBe('Регистр соискателей центра');
    await page.getByRole('textbox', { name: 'ФИО или ИИН' }).fill(seeker.iin.slice(0, 8));
    await page.getByRole('button', { name: 'Найти', exact: true }).click();
    const row = page.locator('[data-registration-id][data-status="requested"]').filter({ hasText: seeker.fullName });
    await row.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await row.getByRole('link', { name: seeker.fullName }).click();
    await eventually(() => mainHeading(page)).toBe(seeker.fullName);
    const accept = page.locator('[data-step-id="A01-2"]');
    // The profile proves youth and no work experience: they come ticked; the specialist adds "graduate".
    expect(await accept.getByRole('checkbox', { name: 'Молодёжь (до 35 лет)' }).isChecked()).toBe(true);
    expect(await accept.getByRole('checkbox', { name: 'Без опыта работы' }).isChecked()).toBe(true);
    await accept.getByRole('checkbox', { name: 'Выпускник колледжа или вуза' }).check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await accept.getByRole('button', { name: 'Зарегистрировать: Безработный' }).click();
    await page.locator('[data-registration-id][data-status="registered"]').waitFor();
    expect(await shownText(page.locator('[data-categories]'))).toBe(
      'Молодёжь (до 35 лет), Без опыта работы, Выпускник колледжа или вуза',
    );
    await page.context().close();
  });

  it('A01-2 the seeker sees in the cabinet that they are registered as unemployed, with the categories', async () => {
    const page = seekerPage;
    await page.goto('/seeker');
    const status = page.locator('[data-registration-id][data-status="registered"]');
    await status.waitFor();
    expect(await shownText(status.locator('[data-status-text]'))).toBe('Сіз жұмыссыз ретінде тіркелдіңіз');
    const categories = await status
      .locator('[data-category]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-category')));
    expect(new Set(categories)).toEqual(new Set(['youth', 'no_work_experience', 'graduate']));
    await status.getByText('Колледж немесе ЖОО түлегі').waitFor();
  });

  it('the seeker who joined builds a CV and downloads it as a PDF in Kazakh', async () => {
    const page = seekerPage;
    await page.goto('/cvs');
    await eventually(() => mainHeading(page)).toBe('Менің түйіндемелерім');
    const newCv = page.getByRole('form', { name: 'Жаңа түйіндеме' });
    await newCv.getByLabel(/^Түйіндеме атауы(\s*\*)?$/).fill('Бухгалтер көмекшісі');
    await newCv.getByLabel(/^Қалаған лауазым(\s*\*)?$/).fill('Бухгалтер көмекшісі, Шымкент');
    await newCv.getByRole('textbox', { name: /^Өңір(\s*\*)?$/ }).click();
    await page.getByRole('option', { name: 'Шымкент қаласы', exact: true }).click();
    await newCv.getByRole('button', { name: 'Жасап, жалғастыру' }).click();
    await page.waitForURL(/\/cvs\/[0-9a-f-]{36}$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF жүктеп алу' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Түйіндеме — ${seeker.fullName}.pdf`);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toContain('Бухгалтер көмекшісі, Шымкент');
  });

  it('A01-2 the head of the Shymkent centre reads the registry and the registration, with nothing to decide', async () => {
    const page = await openPage(browser, { language: 'ru', width: 1280 });
    await signIn(page, 'head.shymkent@jumys.kz');
    await page.getByRole('link', { name: 'Регистр соискателей' }).click();
    await eventually(() => mainHeading(page)).toBe('Регистр соискателей центра');
    expect(await page.getByRole('link', { name: 'Зарегистрировать обратившегося' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'ФИО или ИИН' }).fill(seeker.iin);
    await page.getByRole('button', { name: 'Найти', exact: true }).click();
    await page.getByRole('link', { name: seeker.fullName }).click();
    await eventually(() => mainHeading(page)).toBe(seeker.fullName);
    const registered = page.locator('[data-registration-id][data-status="registered"]');
    await registered.waitFor();
    // Staff read the status about the person, not in the seeker's own words.
    expect(await shownText(registered.locator('[data-status-text]'))).toBe('Зарегистрирован — Безработный');
    expect(await page.locator('[data-step-id]').count()).toBe(0);
    await page.context().close();
  });

  it('A01-4a the seeker leaves the registry on their own request, after confirming, and may ask again', async () => {
    const page = seekerPage;
    await page.goto('/seeker');
    const status = page.locator('[data-registration-id][data-status="registered"]');
    await status.getByRole('button', { name: 'Есептен шығу' }).click();
    await status.getByText('Сізді өз өтінішіңіз бойынша есептен шығарайық па?', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await status.getByRole('button', { name: 'Иә, мені есептен шығарыңыз' }).click();
    const ended = page.locator('[data-registration-id][data-status="deregistered"]');
    await ended.waitFor();
    expect(await shownText(ended.locator('[data-status-text]'))).toBe('Сіз жұмыссыздар есебінен шығарылдыңыз');
    await ended.locator('[data-deregistration-reason="own_request"]').getByText('Өз өтініші бойынша').waitFor();

    const request = page.locator('[data-request-form]');
    await request.getByRole('radio', { name: 'Жұмыс іздеуші' }).check();
    await choose(page, request, 'Жұмыспен қамту орталығы', 'Шымкент қаласының Еңбек мобильділігі орталығы');
    await request.getByRole('button', { name: 'Өтінішті жіберу' }).click();
    await page.locator('[data-registration-id][data-status="requested"][data-kind="job_seeker"]').waitFor();
  });

  it('A01-4 the specialist accepts the new request, then ends the registration: found a job, with a note', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await signIn(page, 'assistance.shymkent@jumys.kz');
    await page.goto(`/staff/seekers?q=${seeker.iin}&status=requested`);
    await page.getByRole('link', { name: seeker.fullName }).click();
    await eventually(() => mainHeading(page)).toBe(seeker.fullName);
    await page
      .locator('[data-step-id="A01-2"]')
      .getByRole('button', { name: 'Зарегистрировать: Ищущий работу' })
      .click();
    await page.locator('[data-registration-id][data-status="registered"]').waitFor();

    const form = page.locator('[data-step-id="A01-4"]');
    await choose(page, form, 'Основание', 'Иная причина');
    await form.getByRole('button', { name: 'Снять с учёта' }).click();
    await form.getByText('При выборе «Иная причина» опишите её.').first().waitFor();
    await choose(page, form, 'Основание', 'Трудоустроен');
    await form.getByLabel('Пояснение').fill('ТОО «Оңтүстік Сервис», с 20.11.2026');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Снять с учёта' }).click();
    await page.locator('[data-registration-id][data-status="deregistered"]').waitFor();
    await page
      .locator('[data-deregistration-reason="employed"]')
      .getByText('Трудоустроен — ТОО «Оңтүстік Сервис», с 20.11.2026', { exact: false })
      .waitFor();
    await page.context().close();

    const mine = seekerPage;
    await mine.goto('/seeker');
    const ended = mine.locator('[data-registration-id][data-status="deregistered"]');
    await ended.waitFor();
    expect(await shownText(ended.locator('[data-status-text]'))).toBe('Сіз жұмыс іздеушілер есебінен шығарылдыңыз');
    await ended.getByText('Жұмысқа орналасты — ТОО «Оңтүстік Сервис», с 20.11.2026', { exact: false }).waitFor();
    await mine.context().close();
  });
});
