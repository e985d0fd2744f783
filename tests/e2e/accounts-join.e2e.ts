import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIin } from '../../src/server/modules/identity/identity.fixtures';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import { joiningEmployer, joiningSeeker } from './support/joining-employer';
import {
  eventually,
  linkMailedTo,
  mainHeading,
  openMenuIfNarrow,
  shownText,
  signIn,
  signWithTestKey,
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

function userCard(page: Page, name: string): Locator {
  return page.locator('[data-user-id]').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

const head = joiningEmployer.head;
const colleague = {
  email: 'aigerim.e2e@zhanakadam.kz',
  fullName: 'Әйгерім Нұрланқызы Сейітова',
  iin: makeIin('1994-05-21', 'female', 8400),
  password: 'Zhana-qadam-2026',
};

describe('an employer joins by ЭЦП and brings a colleague in', () => {
  it('the head joins from the public page on a phone: the organisation comes from the registry, and the head is signed in', async () => {
    const page = await openPage(browser, { language: 'ru', width: 390 });
    await page.goto('/processes');
    await openMenuIfNarrow(page);
    await page.getByRole('link', { name: 'Работодателям' }).click();
    await eventually(() => mainHeading(page)).toBe('Присоединение работодателя');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A mistyped address is caught before anything is signed.
    await page.getByLabel(/^Электронная почта/).fill('marat@zhanakadam');
    await page.getByRole('button', { name: 'Подписать ЭЦП и присоединить' }).click();
    await page.getByText('Введите адрес электронной почты, например name@company.kz.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByLabel(/^Электронная почта/).fill('marat.e2e@zhanakadam.kz');
    await page.getByRole('button', { name: 'Подписать ЭЦП и присоединить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Подпишите запрос на присоединение организации' });
    await dialog.waitFor();
    await signWithTestKey(page, dialog, { key: joiningEmployer.certificate });

    const joined = page.locator(`[data-joined-bin="${joiningEmployer.bin}"]`);
    await joined.getByRole('heading', { name: 'Организация присоединена' }).waitFor();
    const facts = await shownText(joined);
    expect(facts).toContain(joiningEmployer.nameRu);
    expect(facts).toContain(joiningEmployer.bin);
    expect(facts).toContain(joiningEmployer.address);
    expect(facts).toContain('город Астана');
    expect(facts).toContain('marat.e2e@zhanakadam.kz');
    // Signed in at once: the header already has the inbox instead of the login button.
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Входящие/ })
      .waitFor();
    expect(await page.getByRole('banner').getByRole('link', { name: 'Войти' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const box = await joined.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);

    await joined.getByRole('link', { name: 'Перейти в личный кабинет' }).click();
    await eventually(() => mainHeading(page)).toBe(`Здравствуйте, ${head.fullName}!`);
    await page.locator('#main-content').getByText(joiningEmployer.nameRu, { exact: true }).waitFor();
    // Signed in on the server, not only on this screen.
    await page.reload();
    await eventually(() => mainHeading(page)).toBe(`Здравствуйте, ${head.fullName}!`);
    await page.context().close();
  });

  it('the head signs in by ЭЦП, invites a colleague from the users page; the colleague accepts in Kazakh and has the rights given', async () => {
    const page = await openPage(browser, { language: 'ru', width: 1280 });
    await page.goto('/login');
    await page.getByRole('button', { name: 'Войти с ЭЦП', exact: true }).click();
    const loginDialog = page.getByRole('dialog', { name: 'Подпишите запрос на вход' });
    await loginDialog.waitFor();
    await signWithTestKey(page, loginDialog, { key: joiningEmployer.certificate });
    await page.waitForURL((url) => url.pathname === '/');

    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Пользователи организации' })
      .click();
    await eventually(() => mainHeading(page)).toBe('Пользователи организации');
    const me = userCard(page, head.fullName);
    expect(await shownText(me)).toContain('это вы');
    for (const right of ['manage_users', 'submit_applications', 'sign_contracts']) {
      expect(await me.locator(`input[value="${right}"]`).isChecked()).toBe(true);
    }

    const invite = page.getByRole('form', { name: 'Пригласить коллегу' });
    await invite.getByLabel(/^Электронная почта коллеги/).fill(colleague.email);
    await invite.getByRole('checkbox', { name: /^Подписание договоров/ }).check();
    expect(await invite.getByRole('checkbox', { name: /^Подача заявок/ }).isChecked()).toBe(true);
    await invite.getByRole('button', { name: 'Отправить приглашение' }).click();
    await page.locator(`[data-invited="${colleague.email}"]`).waitFor();
    const open = page.locator('[data-invitation-id]').filter({ hasText: colleague.email });
    expect(await shownText(open)).toContain('Подача заявок, Подписание договоров');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const link = await linkMailedTo(admin, colleague.email, 'invitation');
    const invited = await openPage(browser, { language: 'kk', width: 390 });
    await invited.goto(link);
    await eventually(() => mainHeading(invited)).toBe('Ұйымға шақыру');
    await invited.getByText(`${joiningEmployer.nameKk} ұйымының пайдаланушысы`, { exact: false }).waitFor();
    expect(
      await invited.locator('[data-right]').evaluateAll((items) => items.map((i) => i.getAttribute('data-right'))),
    ).toEqual(['submit_applications', 'sign_contracts']);
    expect(await seriousA11yViolations(invited)).toEqual([]);

    await invited.getByLabel(/^Тегі, аты, әкесінің аты/).fill(colleague.fullName);
    await invited.getByLabel(/^ЖСН/).fill(colleague.iin);
    await invited.getByLabel(/^Құпиясөз(\s*\*)?$/).fill(colleague.password);
    await invited.getByLabel(/^Құпиясөзді қайталаңыз(\s*\*)?$/).fill(colleague.password);
    await invited.getByRole('button', { name: 'Шақыруды қабылдау' }).click();
    await invited.waitForURL((url) => url.pathname === '/');
    await eventually(() => mainHeading(invited)).toBe(`Сәлеметсіз бе, ${colleague.fullName}!`);

    // Without the right to manage users the colleague sees the list, but no controls.
    await openMenuIfNarrow(invited, 'kk');
    await invited.getByRole('link', { name: 'Ұйым пайдаланушылары' }).click();
    await eventually(() => mainHeading(invited)).toBe('Ұйым пайдаланушылары');
    await invited.getByText('«Пайдаланушыларды басқару» құқығы бар пайдаланушылар ғана', { exact: false }).waitFor();
    expect(await invited.getByRole('form', { name: 'Әріптесті шақыру' }).count()).toBe(0);
    expect(await shownText(userCard(invited, colleague.fullName))).toContain('Өтінім беру, Шарттарға қол қою');

    // The link worked once.
    await invited.goto(link);
    await invited.getByText('Сілтеме жарамсыз', { exact: false }).waitFor();
    await invited.context().close();

    // The head sees the colleague with those rights, and the invitation is no longer open.
    await page.reload();
    const card = userCard(page, colleague.fullName);
    await card.waitFor();
    expect(await card.locator('input[value="submit_applications"]').isChecked()).toBe(true);
    expect(await card.locator('input[value="sign_contracts"]').isChecked()).toBe(true);
    expect(await card.locator('input[value="manage_users"]').isChecked()).toBe(false);
    await page.getByText('Открытых приглашений нет.').waitFor();
    await page.context().close();
  });
});

describe('a job seeker joins by ЭЦП', () => {
  it('joins in Kazakh on a phone with their own key: the IIN and the name come from the certificate, no password', async () => {
    const page = await openPage(browser, { language: 'kk', width: 390 });
    await page.goto('/register');
    await page.getByRole('tab', { name: 'ЭЦҚ-мен' }).click();
    const form = page.getByRole('form', { name: 'ЭЦҚ-мен' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByLabel(/^Электрондық пошта/).fill('lazzat.e2e@mail.kz');
    await form.getByRole('button', { name: 'ЭЦҚ-мен қол қойып, тіркелу' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ізденуші ретінде тіркелу сұрауына қол қойыңыз' });
    await dialog.waitFor();
    // An organisation's key is refused in the window, where another can be chosen.
    await signWithTestKey(page, dialog, { key: joiningEmployer.certificate, language: 'kk' });
    await dialog.getByText('Бұл ұйымның сертификаты (онда БСН бар).', { exact: false }).waitFor();
    await signWithTestKey(page, dialog, { key: joiningSeeker.certificate, language: 'kk' });

    const done = page.locator('[data-outcome="done"]');
    await done.waitFor();
    expect(await shownText(done)).toContain(`${joiningSeeker.fullName}, есептік жазба жасалды`);
    expect(await shownText(done)).toContain('lazzat.e2e@mail.kz');
    await done.getByRole('link', { name: 'Жұмыспен қамту орталығында есепке тұру' }).click();
    await eventually(() => mainHeading(page)).toBe('Жұмыспен қамту орталығында тіркелу');
    await page.getByText(`Туған күні мен жынысы ЖСН-нен алынады: ${joiningSeeker.birthDate}.`).waitFor();

    // The confirmation link works like any other; the account has no password, and signs in by ЭЦП.
    await page.goto(await linkMailedTo(admin, 'lazzat.e2e@mail.kz', 'confirm-email'));
    await page.locator('[data-outcome="done"]').waitFor();
    await page.context().close();
  });
});
