// Foundation: the administrator reads the e-mails kept without an SMTP server; other roles cannot open that page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import { eventually, mainHeading, openMenuIfNarrow, shownText, signIn } from './support/journeys';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Основная навигация' });
}

describe('outbound mail for the administrator', () => {
  it('the administrator opens Outbound mail from the navigation and reads the kept welcome e-mail to a specialist', async () => {
    const page = await openPage(browser, { language: 'ru', width: 1280 });
    await signIn(page, 'admin@jumys.kz');
    await eventually(() => mainHeading(page)).toBe('Здравствуйте, Администратор Jumys!');

    await mainNavigation(page).getByRole('link', { name: 'Исходящая почта' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/mail');
    await eventually(() => mainHeading(page)).toBe('Исходящая почта');
    expect(await page.title()).toBe('Исходящая почта — Jumys');

    // One welcome e-mail for each of the 31 demo accounts, written in the account's language and kept by the mail
    // job within moments of the server starting; until then a reload brings the newer statuses.
    const mailRows = page.locator('[data-mail-id]');
    const welcomeMails = mailRows.filter({ hasText: /Добро пожаловать в Jumys|Jumys жүйесіне қош келдіңіз/ });
    await eventually(async () => {
      await mailRows.first().waitFor();
      const kept = await welcomeMails.filter({ hasText: 'Сохранено' }).count();
      if (kept < 31) await page.reload();
      return kept;
    }).toBe(31);
    expect(await welcomeMails.count()).toBe(31);
    const specialistMail = welcomeMails.filter({ hasText: 'specialist.astana@jumys.kz' });
    expect(await shownText(specialistMail)).toContain('Сохранено');
    const kazakhSpeakingEmployer = welcomeMails.filter({ hasText: 'employer2@demo.kz' });
    expect(await shownText(kazakhSpeakingEmployer)).toContain('Jumys жүйесіне қош келдіңіз');
    expect(await shownText(specialistMail)).toContain('Добро пожаловать в Jumys');
    expect(await page.getByText('Айгүл Сейтқалиқызы Нұрланова, ваша учётная запись готова.').count()).toBe(0);

    const showBody = specialistMail.getByRole('button', { name: 'Показать текст' });
    expect(await showBody.getAttribute('aria-expanded')).toBe('false');
    await showBody.click();
    const hideBody = specialistMail.getByRole('button', { name: 'Скрыть текст' });
    await hideBody.waitFor();
    expect(await hideBody.getAttribute('aria-expanded')).toBe('true');
    const body = page.locator(`[id="${await hideBody.getAttribute('aria-controls')}"]`);
    const bodyText = await shownText(body);
    expect(bodyText).toContain('Айгүл Сейтқалиқызы Нұрланова, ваша учётная запись готова.');
    expect(bodyText).toContain('Это письмо отправлено системой Jumys автоматически. Не отвечайте на него.');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await hideBody.click();
    await eventually(() => page.getByText('Айгүл Сейтқалиқызы Нұрланова, ваша учётная запись готова.').count()).toBe(0);
    await page.context().close();
  });

  it('a specialist has no Outbound mail in the navigation and sees "Нет доступа" at /admin/mail', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await signIn(page, 'specialist.almaty@jumys.kz');
    await eventually(() => mainHeading(page)).toBe('Здравствуйте, Гүлнар Ахметқызы Төлеуова!');
    await openMenuIfNarrow(page);
    expect(await mainNavigation(page).getByRole('link').allInnerTexts()).toEqual([
      'Главная',
      'Заявки на СРМ',
      'Комиссия',
      'Резюме соискателей',
      'Карты процессов',
      'Программы субсидий',
    ]);

    await page.goto('/admin/mail');
    await eventually(() => mainHeading(page)).toBe('Нет доступа');
    expect(await page.title()).toBe('Нет доступа — Jumys');
    await page.getByText('У вашей роли нет права открывать эту страницу.').waitFor();
    expect(await page.locator('[data-mail-id]').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The list itself is refused by the server, not only hidden by the page.
    const response = await page.request.get('/api/admin/mail');
    expect(response.status()).toBe(403);
    await page.context().close();
  });
});
