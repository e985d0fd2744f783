// Signing a document with ЭЦП (issue 3): an employer signs its subsidized-job application (B03-1.4) with its test
// .p12; another organisation's certificate and a personal key are refused with the reason shown, and the application
// stays unsent.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import {
  eventually,
  fillOnePositionAndCheck,
  shownText,
  signIn,
  signWithTestKey,
  startSocialJobsApplication,
} from './support/journeys';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('signing an application with ЭЦП', () => {
  it('B03-1.4 refuses the signature of another organisation and a personal key, each with its reason, then accepts the employer’s own', async () => {
    // employer8 (ТОО «Коктем Тигин», Almaty) is clean in the registries and has saved requisites in the demo.
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await signIn(page, 'employer8@demo.kz');
    await startSocialJobsApplication(page);

    // The organisation's saved requisites are copied into the new application, so it opens on the form (B03-1.2).
    const form = page.locator('[data-step-panel="B03-1.2"]');
    await form.waitFor();
    expect(await page.locator('[data-step-id="B03-1.1"]').getAttribute('data-step-done')).not.toBeNull();
    await fillOnePositionAndCheck(page, { jobs: 2, wage: 140_000 });

    await page.locator('[data-step-id="B03-1.4"]').click();
    const signing = page.locator('[data-step-panel="B03-1.4"]');
    await signing.getByRole('button', { name: 'Сформировать документ для подписи' }).click();

    const signWith = async (keyName: string) => {
      await signing.getByRole('button', { name: 'Подписать и отправить' }).click();
      const signDialog = page.getByRole('dialog', { name: 'Подпишите заявку на субсидируемые рабочие места' });
      await signWithTestKey(page, signDialog, { key: keyName });
      return signDialog;
    };

    const refused = await signWith('employer10@demo.kz');
    const reason = refused.getByRole('alert');
    await eventually(() => shownText(reason)).toContain('Сертификат принадлежит другой организации: БИН не совпадает.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.locator('[data-submitted-number]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await refused.waitFor({ state: 'hidden' });

    // A job seeker's key is personal (no BIN): refused as such, so the employer reaches for the organisation's key.
    const personal = await signWith('seeker1@demo.kz');
    await eventually(() => shownText(personal.getByRole('alert'))).toContain(
      'Это личный ключ: в нём нет БИН организации. Подпишите ключом организации',
    );
    expect(await page.locator('[data-submitted-number]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await personal.waitFor({ state: 'hidden' });

    await signWith('employer8@demo.kz');
    const number = page.locator('[data-submitted-number]');
    await number.waitFor({ timeout: 20_000 });
    expect(await number.getAttribute('data-submitted-number')).toMatch(/^СРМ-\d{4}-\d{6}$/);
    await page.context().close();
  });
});
