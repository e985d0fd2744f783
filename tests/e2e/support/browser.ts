// Debian's Chromium driven by playwright-core, with sign-in and axe-core helpers for the journeys.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const DEMO_PASSWORD = 'Jumys-demo-2026';
export const baseUrl = () => inject('baseUrl');
/** The e2e server's test PKI (see e2e-server.ts): p12/<login>.p12, password DEMO_PASSWORD, and manifest.json. */
export const pkiDir = () => inject('pkiDir');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A new page in a fresh context (its own cookies), phone-sized unless told otherwise. */
export async function openPage(browser: Browser, options: { language?: 'kk' | 'ru' | 'en'; width?: number } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 390, height: 844 },
    locale: options.language === 'kk' ? 'kk-KZ' : options.language === 'en' ? 'en-US' : 'ru-RU',
    baseURL: baseUrl(),
  });
  if (options.language) {
    await context.addInitScript((lang) => window.localStorage.setItem('jumys.lang', lang), options.language);
  }
  // Fail within seconds rather than half a minute when something a journey waits for never shows.
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core on the page; returns the serious and critical violations only. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
