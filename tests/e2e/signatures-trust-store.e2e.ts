// The administrator reads the trust store: each CA certificate with the state of its CRLs, and the problems found
// (a file it cannot read appears without a restart); other roles cannot open the page.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pkiDir, seriousA11yViolations } from './support/browser';
import { eventually, mainHeading, openMenuIfNarrow, shownText, signIn } from './support/journeys';

let browser: Browser;
const strayFile = () => path.join(pkiDir(), 'trust', 'readme.txt');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  fs.rmSync(strayFile(), { force: true });
  await browser?.close();
});

function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Основная навигация' });
}

describe('the trust store for the administrator', () => {
  it('lists the test root and issuing CA with fresh CRLs, then a stray file in the folder as a warning', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await signIn(page, 'admin@jumys.kz');
    await openMenuIfNarrow(page);
    await mainNavigation(page).getByRole('link', { name: 'Хранилище доверия' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/trust-store');
    await eventually(() => mainHeading(page)).toBe('Хранилище доверенных сертификатов');

    const root = page.locator('[data-certificate-role="root"]');
    const issuing = page.locator('[data-certificate-role="intermediate"]');
    expect(await shownText(root)).toContain('CN=Jumys Test Root CA');
    expect(await root.getAttribute('data-crl-state')).toBe('fresh');
    expect(await shownText(issuing)).toContain('CN=Jumys Test Issuing CA');
    expect(await shownText(issuing)).toContain('Актуален');
    expect(await shownText(issuing)).toContain('По актуальному CRL издателя');
    expect(await shownText(page.locator('#main-content'))).toContain('Проблем не найдено.');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A file that is neither a certificate nor a CRL: the folder is looked at again within 5 s, no restart.
    fs.writeFileSync(strayFile(), 'The CRL of the issuing CA is at http://crl.example/issuing.crl');
    const problem = page.locator('[data-problem-code="file_unreadable"]');
    await eventually(async () => {
      await page.reload();
      await root.waitFor();
      return problem.count();
    }).toBe(1);
    expect(await shownText(problem)).toBe(
      'Предупреждение Файл readme.txt не удалось прочитать как сертификат или CRL (PEM или DER).',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The home page tells the administrator there is something to look at.
    await page.goto('/');
    await eventually(() => shownText(page.locator('[data-trust-store-problems]'))).toBe('Проблем: 1');
    fs.rmSync(strayFile());
    await page.context().close();
  });

  it('a specialist has no trust store page, and the server refuses its status', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await signIn(page, 'specialist.almaty@jumys.kz');
    await page.goto('/admin/trust-store');
    await eventually(() => mainHeading(page)).toBe('Нет доступа');
    expect((await page.request.get('/api/admin/trust-store')).status()).toBe(403);
    await page.context().close();
  });
});
