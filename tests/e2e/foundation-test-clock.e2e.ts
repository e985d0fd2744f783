// The journeys' test clock: a day passes on the server in a moment, and the page shows what time changed — the
// registries' check of B03-1.3 is valid a day, so 25 hours later the signing step asks to run it again.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { eventually, fillOnePositionAndCheck, shownText, signIn, startSocialJobsApplication } from './support/journeys';
import { advanceTestClock, serverNow } from './support/test-clock';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the test clock', () => {
  it('B03-1.3 a check run 25 hours ago is stale: the signing step asks to check again instead of preparing', async () => {
    // employer8 (ТОО «Коктем Тигин») is clean in the registries and has saved requisites in the demo.
    const page = await openPage(browser, { language: 'ru', width: 1280 });
    await signIn(page, 'employer8@demo.kz');
    const applicationPath = await startSocialJobsApplication(page);
    await fillOnePositionAndCheck(page, { jobs: 1, wage: 120_000 });

    // Fresh, the signing step offers to prepare the document.
    const prepare = 'Сформировать документ для подписи';
    await page.locator('[data-step-id="B03-1.4"]').click();
    const signing = page.locator('[data-step-panel="B03-1.4"]');
    await signing.getByRole('button', { name: prepare }).waitFor();

    const before = await serverNow();
    const after = await advanceTestClock({ hours: 25 });
    expect(after.getTime() - before.getTime()).toBeGreaterThanOrEqual(25 * 3_600_000);

    // The 12-hour session has run out meanwhile too: the employer signs in again and opens the application.
    await signIn(page, 'employer8@demo.kz');
    await page.goto(applicationPath);
    await page.locator('[data-step-id="B03-1.4"]').click();
    const blocker = page.locator('[data-signing-blocker]');
    await eventually(() => blocker.getAttribute('data-signing-blocker')).toBe('check_stale');
    expect(await shownText(blocker)).toContain('Результат проверки устарел (проверка действительна сутки).');
    expect(await signing.getByRole('button', { name: prepare }).count()).toBe(0);

    // Checked again, the document can be prepared.
    await blocker.getByRole('button').click();
    await page.locator('[data-step-panel="B03-1.3"]').getByRole('button', { name: 'Проверить ещё раз' }).click();
    await page.locator('[data-step-id="B03-1.4"]').click();
    await page.locator('[data-step-panel="B03-1.4"]').getByRole('button', { name: prepare }).waitFor();
    await page.context().close();
  });
});
