// A job seeker builds a CV in Kazakh on a phone, downloads its PDF and lets employers see it; an employer finds it in
// the search until the seeker takes the consent back (ФК-А.01 as issue 4 needs it, ФК-В.06 sends CVs).
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../src/server/modules/cvs/cvs.fixtures';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import { chooseDistrict, eventually, mainHeading, openMenuIfNarrow, signIn, wholeLabel } from './support/journeys';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function field(scope: Page | ReturnType<Page['locator']>, label: string) {
  return scope.getByLabel(wholeLabel(label));
}

/** Opens a select by its label and picks an option by its visible text. */
async function choose(page: Page, scope: Page | ReturnType<Page['locator']>, label: string, option: string) {
  await scope.getByRole('textbox', { name: wholeLabel(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// A mark of this run, so the search finds this CV and nothing left from another journey.
const stamp = `e2e${Date.now().toString(36)}`;
const desiredPosition = `Құжат айналымы маманы ${stamp}`;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** Searches as a person would, and waits for the server's answer to this very search. */
async function searchAs(employer: Page, words: string) {
  await employer.getByRole('searchbox', { name: 'Слова' }).fill(words);
  await Promise.all([
    employer.waitForResponse(
      (response) => response.url().includes('/api/cvs/search?') && response.url().includes(`q=${words}`),
    ),
    employer.getByRole('button', { name: 'Найти', exact: true }).click(),
  ]);
}

describe('CV builder', () => {
  it('a seeker builds a CV in Kazakh and downloads its PDF; employers find it only while the seeker consents', async () => {
    const seeker = await openPage(browser, { language: 'kk' });
    await signIn(seeker, 'seeker2@demo.kz', { language: 'kk' });
    await eventually(() => mainHeading(seeker)).toBe('Сәлеметсіз бе, Мөлдір Ерболқызы Жұмағұлова!');
    await openMenuIfNarrow(seeker, 'kk');
    await seeker.getByRole('link', { name: 'Менің түйіндемелерім' }).click();
    await eventually(() => mainHeading(seeker)).toBe('Менің түйіндемелерім');

    // A new CV: the main things, then the builder.
    const newCv = seeker.getByRole('form', { name: 'Жаңа түйіндеме' });
    await field(newCv, 'Түйіндеме атауы').fill(`Іс жүргізуші, Астана ${stamp}`);
    await field(newCv, 'Қалаған лауазым').fill(desiredPosition);
    await choose(seeker, newCv, 'Өңір', 'Астана қаласы');
    await expect(newCv.getByRole('textbox', { name: wholeLabel('Түйіндеме тілі') }).inputValue()).resolves.toBe(
      'Қазақ тілі',
    );
    await newCv.getByRole('button', { name: 'Жасап, жалғастыру' }).click();
    await seeker.waitForURL(/\/cvs\/[0-9a-f-]{36}$/);
    const cvId = seeker.url().split('/').at(-1)!;
    const builder = seeker.locator(`[data-cv-id="${cvId}"]`);
    await eventually(() => builder.getAttribute('data-save-state')).toBe('saved');

    await choose(seeker, seeker, 'Кәсібі', '4110 — Іс жүргізуші');
    await field(seeker, 'Күтілетін жалақы, айына ₸').fill('280000');

    await seeker.getByRole('button', { name: 'Жұмыс орнын қосу' }).click();
    const job = seeker.locator('[data-experience-index="0"]');
    await field(job, 'Жұмыс беруші').fill('«Нұр Медиа» ЖШС');
    await field(job, 'Лауазымы').fill('Офис-менеджер');
    await field(job, 'Басталуы (ай)').fill('2021-09');
    await job.getByRole('checkbox', { name: 'Қазір осында жұмыс істеймін' }).check();
    await field(job, 'Міндеттері мен жетістіктері').fill('Кіріс және шығыс хаттарды тіркеу.');

    await seeker.getByRole('button', { name: 'Білім қосу' }).click();
    const school = seeker.locator('[data-education-index="0"]');
    await field(school, 'Мектеп, колледж немесе жоғары оқу орны').fill(
      'Л. Н. Гумилев атындағы Еуразия ұлттық университеті',
    );
    await field(school, 'Мамандығы').fill('Ақпараттық жүйелер');
    await choose(seeker, school, 'Деңгейі', 'Жоғары');
    await field(school, 'Бітірген жылы').fill('2021');

    await seeker.getByRole('button', { name: 'Тіл қосу' }).click();
    const kazakh = seeker.locator('[data-language-index="0"]');
    await choose(seeker, kazakh, 'Тіл', 'Қазақ тілі');
    await choose(seeker, kazakh, 'Деңгейі', 'Ана тілі');

    const skills = seeker.getByRole('textbox', { name: wholeLabel('Дағдылар') });
    await skills.fill('Электрондық құжат айналымы');
    await skills.press('Enter');
    await field(seeker, 'Өзім туралы').fill('Жауапты, ұқыпты, жаңа бағдарламаларды тез үйренемін.');

    await eventually(() => builder.getAttribute('data-save-state')).toBe('unsaved');
    await seeker.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await eventually(() => builder.getAttribute('data-save-state')).toBe('saved');

    // A photo: shown back from the server once kept.
    await seeker.locator('input[type="file"]').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from(makePng({ width: 60, height: 80 })),
    });
    await eventually(() => seeker.getByRole('img', { name: 'Түйіндемедегі фотосурет' }).isVisible()).toBe(true);
    await eventually(() => builder.getAttribute('data-save-state')).toBe('saved');

    expect(await seriousA11yViolations(seeker)).toEqual([]);

    // The PDF, as the browser saves it.
    const [download] = await Promise.all([
      seeker.waitForEvent('download'),
      seeker.getByRole('link', { name: 'PDF жүктеп алу' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Түйіндеме — Мөлдір Ерболқызы Жұмағұлова.pdf');
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    const text = await pdfText(bytes);
    expect(text).toContain(desiredPosition);
    expect(text).toContain('Жұмыс тәжірибесі');
    expect(text).toContain('«Нұр Медиа» ЖШС');
    expect(text).toContain('09.2021 – қазіргі уақытқа дейін');
    const served = await seeker.request.get(`/api/cvs/${cvId}/pdf`);
    expect(served.headers()['content-type']).toBe('application/pdf');

    // Consent: employers may see the CVs. A seeker without a profile yet also says where they live.
    const consent = seeker.locator('[data-consent]');
    await consent.getByRole('radio', { name: 'Жұмыс берушілер және менің жұмыспен қамту орталығым' }).check();
    if ((await consent.getAttribute('data-profile-exists')) === 'false') {
      await choose(seeker, consent, 'Өңір', 'Астана қаласы');
      await chooseDistrict(seeker, consent, 'Аудан немесе елді мекен', { typed: 'Есіл', shown: 'Есіл ауданы' });
    }
    await consent.getByRole('button', { name: 'Таңдауды сақтау' }).click();
    await eventually(() => consent.getAttribute('data-consent')).toBe('employers');

    // An employer finds it, and sees it without the seeker's contacts.
    const employer = await openPage(browser, { language: 'ru', width: 1280 });
    await signIn(employer, 'employer1@demo.kz');
    await eventually(() => mainHeading(employer)).toBe('Здравствуйте, Серік Жанұзақов!');
    await employer.getByRole('link', { name: 'Резюме соискателей' }).click();
    await eventually(() => mainHeading(employer)).toBe('Резюме соискателей');
    await searchAs(employer, stamp);
    const hit = employer.locator(`[data-cv-id="${cvId}"]`);
    await eventually(() => hit.count()).toBe(1);
    await hit.getByRole('link', { name: desiredPosition }).click();
    await eventually(() => employer.locator(`[data-cv-id="${cvId}"][data-viewer="employer"]`).count()).toBe(1);
    await eventually(() => mainHeading(employer)).toBe('Мөлдір Ерболқызы Жұмағұлова');
    expect(await employer.locator('[data-no-contacts]').isVisible()).toBe(true);
    expect(await employer.getByText('seeker2@demo.kz').count()).toBe(0);
    expect(await seriousA11yViolations(employer)).toEqual([]);

    // The seeker takes the consent back: the employer finds nothing, and the page is gone for them.
    await consent.getByRole('radio', { name: 'Ешкім' }).check();
    await consent.getByRole('button', { name: 'Таңдауды сақтау' }).click();
    await eventually(() => consent.getAttribute('data-consent')).toBe('none');

    await employer.getByRole('link', { name: 'Резюме соискателей' }).click();
    await searchAs(employer, stamp);
    await eventually(() => employer.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await employer.locator(`[data-cv-id="${cvId}"]`).count()).toBe(0);
    await employer.goto(`/cvs/${cvId}/view`);
    await eventually(() => employer.locator('[data-cv-not-available]').isVisible()).toBe(true);
    await employer.close();
    await seeker.close();
  });
  it('a change made in another tab is not overwritten unawares: the seeker chooses to keep theirs or load the saved one', async () => {
    const first = await openPage(browser, { language: 'ru', width: 1280 });
    await signIn(first, 'seeker2@demo.kz');
    await eventually(() => mainHeading(first)).toBe('Здравствуйте, Мөлдір Ерболқызы Жұмағұлова!');
    await first.goto('/cvs');
    const newCv = first.getByRole('form', { name: 'Новое резюме' });
    await field(newCv, 'Название резюме').fill(`Две вкладки ${stamp}`);
    await field(newCv, 'Желаемая должность').fill('Секретарь');
    await choose(first, newCv, 'Регион', 'город Астана');
    await newCv.getByRole('button', { name: 'Создать и продолжить' }).click();
    await first.waitForURL(/\/cvs\/[0-9a-f-]{36}$/);
    const url = first.url();
    const second = await first.context().newPage();
    await second.goto(url);
    await eventually(() => mainHeading(second)).toBe(`Две вкладки ${stamp}`);
    const state = (page: Page) => page.locator('[data-cv-id]').first().getAttribute('data-save-state');
    await eventually(() => state(second)).toBe('saved');

    await field(first, 'Желаемая должность').fill('Секретарь-референт');
    await first.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await eventually(() => state(first)).toBe('saved');

    // The second tab still holds the CV as it was: its save is refused, and nothing of the first is lost.
    await field(second, 'О себе').fill('Знаю делопроизводство на казахском и русском языках.');
    await second.getByRole('button', { name: 'Сохранить', exact: true }).click();
    const conflict = second.locator('[data-conflict]');
    await eventually(() => conflict.isVisible()).toBe(true);
    expect(await conflict.getByText('Резюме изменено в другом месте').isVisible()).toBe(true);
    expect(await state(second)).toBe('unsaved');
    await conflict.getByRole('button', { name: 'Сохранить мою версию поверх' }).click();
    await eventually(() => state(second)).toBe('saved');
    expect(await conflict.count()).toBe(0);

    // Now the first tab is behind: it may take the saved version instead of its own.
    await field(first, 'Название резюме').fill(`Две вкладки ${stamp} (изменено)`);
    await first.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await eventually(() => first.locator('[data-conflict]').isVisible()).toBe(true);
    await first.getByRole('button', { name: 'Загрузить сохранённую версию (мои изменения пропадут)' }).click();
    await eventually(() => state(first)).toBe('saved');
    expect(await field(first, 'О себе').inputValue()).toBe('Знаю делопроизводство на казахском и русском языках.');
    expect(await field(first, 'Название резюме').inputValue()).toBe(`Две вкладки ${stamp}`);
    expect(await field(first, 'Желаемая должность').inputValue()).toBe('Секретарь');
    await first.context().close();
  });
});
