// Foundation: an anonymous visitor reads the process maps ФК-В.03 and ФК-В.06 step by step, on a phone and a desktop.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessMap } from '../../src/shared/api/processes';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import { eventually, type Language, mainHeading, shownText } from './support/journeys';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The map as the API defines it: the list of steps the page must show. */
async function mapFromApi(page: Page, code: string): Promise<ProcessMap> {
  const response = await page.request.get(`/api/processes/${code}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ProcessMap;
}

/** Every step the page shows, in order, with the text a person reads in it. */
async function stepsOnPage(page: Page) {
  await page.locator('[data-step-id]').first().waitFor();
  const elements = await page.locator('[data-step-id]').all();
  return Promise.all(
    elements.map(async (element) => ({
      id: await element.getAttribute('data-step-id'),
      text: await shownText(element),
    })),
  );
}

/** Checks that each step of the map is shown once, in the map's order, with its id and its action in the language. */
async function expectEveryStepShown(page: Page, map: ProcessMap, language: Language) {
  const shown = await stepsOnPage(page);
  expect(shown.map((step) => step.id)).toEqual(map.steps.map((step) => step.id));
  const withoutTheirIdOrAction = map.steps
    .filter((step, index) => {
      const text = shown[index]?.text ?? '';
      return !text.includes(step.id) || !text.includes(squeeze(step.action[language] ?? step.action.ru));
    })
    .map((step) => step.id);
  expect(withoutTheirIdOrAction).toEqual([]);
}

/**
 * The lane written beside a step: inside the step's card on a phone; on a desktop in the table's first column, whose
 * cell spans every row of a run of the same lane, so it is the cell drawn alongside the step's row.
 */
async function laneBesideStep(page: Page, stepId: string, lane: string): Promise<boolean> {
  const step = page.locator(`[data-step-id="${stepId}"]`);
  if ((await step.evaluate((element) => element.tagName)) !== 'TR') return (await shownText(step)).includes(lane);
  const row = await step.boundingBox();
  if (!row) return false;
  for (const cell of await page.getByRole('cell', { name: lane, exact: true }).all()) {
    const box = await cell.boundingBox();
    if (box && box.x <= row.x + 1 && box.y <= row.y + 1 && box.y + box.height >= row.y + row.height - 1) return true;
  }
  return false;
}

describe('the process maps for an anonymous visitor', () => {
  for (const width of [390, 1280]) {
    it(`ФК-В.03 and then ФК-В.06 show every step with its action and lane, in Russian (${width} px)`, async () => {
      const page = await openPage(browser, { language: 'ru', width });
      await page.goto('/processes/B03');
      await eventually(() => mainHeading(page)).toBe('ФК-В.03 Организация субсидируемых рабочих мест');
      expect(await page.title()).toBe('ФК-В.03 Организация субсидируемых рабочих мест — Jumys');
      await page.getByRole('banner').getByRole('link', { name: 'Войти' }).waitFor();

      const b03 = await mapFromApi(page, 'B03');
      expect(b03.steps.at(0)?.id).toBe('B03-1');
      expect(b03.steps.at(-1)?.id).toBe('B03-6.3');
      await expectEveryStepShown(page, b03, 'ru');
      expect(await laneBesideStep(page, 'B03-4.1', 'Руководитель ЦТМ (КЦ)')).toBe(true);
      expect(await laneBesideStep(page, 'B03-4.1', 'Автоматически')).toBe(false);
      expect(await laneBesideStep(page, 'B03-4.2', 'Автоматически')).toBe(true);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('navigation', { name: 'Карты процессов' }).getByRole('link', { name: 'ФК-В.06' }).click();
      await page.waitForURL((url) => url.pathname === '/processes/B06');
      await eventually(() => mainHeading(page)).toBe('ФК-В.06 Организация ярмарок вакансий');
      expect(await page.title()).toBe('ФК-В.06 Организация ярмарок вакансий — Jumys');
      const b06 = await mapFromApi(page, 'B06');
      expect(b06.steps.map((step) => step.id)).toContain('B06-7.2');
      await expectEveryStepShown(page, b06, 'ru');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('in Kazakh, step B03-1.4 reads «ЭЦҚ қол қою және ЕМО (МО) жіберу» and B03-4.1 is the centre head’s (390 px)', async () => {
    const page = await openPage(browser, { language: 'kk', width: 390 });
    await page.goto('/processes/B03');
    await eventually(() => mainHeading(page)).toBe('ФК-В.03 Субсидияланатын жұмыс орындарын ұйымдастыру');
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');

    const b03 = await mapFromApi(page, 'B03');
    await expectEveryStepShown(page, b03, 'kk');
    expect(await shownText(page.locator('[data-step-id="B03-1.4"]'))).toContain('ЭЦҚ қол қою және ЕМО (МО) жіберу');
    expect(await laneBesideStep(page, 'B03-4.1', 'ЕМО (МО) басшысы')).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
