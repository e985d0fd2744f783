// The employer conditions decided from real HTTP answers of the simulator: each demo case, the one-year boundary, no personal data.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClock } from '../../platform/clock';
import { createGovRegistriesClient, type GovRegistries } from './gov-registries.client';
import { addCalendarMonths, checkEmployerConditions, isOperatingOverYear } from './gov-registries.conditions';
import type { EmployerCheck } from './gov-registries.schemas';
import { loadShippedDataset, type RunningGovSimulator, startGovSimulator } from './simulator';

// Demo employers by their login number (employerN@demo.kz), as the dataset describes them.
const BIN = {
  astanaKurylys: '150340001008', // 1, clean
  esilAgro: '120440001145', // 3, tax debt
  nurMedia: '250840001215', // 4, younger than a year
  medeuTamak: '130240001358', // 6, overdue wage arrears
  zhetysuLogistika: '190740001426', // 7, social-payment debt and two missed months
  ontustikZharyk: '140640001562', // 9, unreliable taxpayer
  liquidated: '100240000017', // added to the dataset by this test
} as const;

const TODAY = '2026-03-02';
let simulator: RunningGovSimulator;
let registries: GovRegistries;

beforeAll(async () => {
  const dataset = loadShippedDataset();
  const clean = dataset.organisations[BIN.astanaKurylys]!;
  dataset.organisations[BIN.liquidated] = { ...clean, status: 'liquidated', registrationDate: '2010-02-15' };
  simulator = await startGovSimulator({ dataset, clock: createTestClock(`${TODAY}T05:00:00Z`) });
  registries = createGovRegistriesClient({ baseUrl: simulator.url, timeoutMs: 2000 });
});

afterAll(async () => {
  await simulator.close();
});

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const failedOf = (check: EmployerCheck) => check.conditions.filter((c) => !c.passed).map((c) => c.code);
const conditionOf = (check: EmployerCheck, code: string) => check.conditions.find((c) => c.code === code)!;

describe('calendar months (Asia/Almaty calendar dates)', () => {
  it('adds months to a calendar date, ending on the last day of a shorter month', () => {
    expect(addCalendarMonths('2025-03-02', 12)).toBe('2026-03-02');
    expect(addCalendarMonths('2026-03-02', -5)).toBe('2025-10-02');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addCalendarMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('exactly twelve months is not "more than twelve months"; one day more is', () => {
    expect(isOperatingOverYear('2025-03-02', '2026-03-02')).toBe(false);
    expect(isOperatingOverYear('2025-03-02', '2026-03-03')).toBe(true);
    expect(isOperatingOverYear('2025-03-03', '2026-03-02')).toBe(false);
    expect(isOperatingOverYear('2024-02-29', '2025-02-28')).toBe(false);
    expect(isOperatingOverYear('2024-02-29', '2025-03-01')).toBe(true);
  });
});

describe('checkEmployerConditions against the simulator', () => {
  it('a clean demo employer passes all seven registry conditions, each with its source', async () => {
    const check = await checkEmployerConditions(registries, { bin: BIN.astanaKurylys, applicationDate: TODAY });
    expect(check.eligible).toBe(true);
    expect(check.conditions.map((c) => [c.code, c.passed, c.source])).toEqual([
      ['active', true, 'gbd_ul'],
      ['operating_over_year', true, 'gbd_ul'],
      ['no_tax_debt', true, 'kgd'],
      ['no_social_debt', true, 'kgd'],
      ['no_wage_arrears', true, 'esutd'],
      ['regular_social_payments', true, 'gfss'],
      ['reliable_taxpayer', true, 'kgd'],
    ]);
    expect(check.checkedAt).toBe(`${TODAY}T05:00:00.000Z`);
    expect(check.sources.map((s) => s.source)).toEqual(['gbd_ul', 'kgd', 'gfss', 'esutd']);
    expect(new Set(check.sources.map((s) => s.requestId)).size).toBe(4);
  });

  it('keeps no personal data: neither the head of the organisation nor their IIN is in the result', async () => {
    const organisation = await registries.getOrganisation(BIN.astanaKurylys);
    expect(organisation.headIin).toMatch(/^\d{12}$/);
    const check = await checkEmployerConditions(registries, { bin: BIN.astanaKurylys, applicationDate: TODAY });
    const text = JSON.stringify(check);
    expect(text).not.toContain(organisation.headIin);
    expect(text).not.toContain(organisation.headFullName);
    expect(text).not.toContain(organisation.address);
  });

  it('tax debt fails no_tax_debt with source kgd and the amount observed', async () => {
    const check = await checkEmployerConditions(registries, { bin: BIN.esilAgro, applicationDate: TODAY });
    expect(check.eligible).toBe(false);
    expect(failedOf(check)).toEqual(['no_tax_debt']);
    expect(conditionOf(check, 'no_tax_debt')).toEqual({
      code: 'no_tax_debt',
      passed: false,
      source: 'kgd',
      observed: { hasTaxDebt: true, taxDebtAmountTenge: 1_245_300 },
    });
  });

  it('social-payment debt fails no_social_debt with source kgd; the missed months fail regular payments (gfss)', async () => {
    const check = await checkEmployerConditions(registries, { bin: BIN.zhetysuLogistika, applicationDate: TODAY });
    expect(failedOf(check)).toEqual(['no_social_debt', 'regular_social_payments']);
    expect(conditionOf(check, 'no_social_debt')).toMatchObject({
      source: 'kgd',
      observed: { hasSocialPaymentDebt: true, socialDebtAmountTenge: 184_600 },
    });
    expect(conditionOf(check, 'regular_social_payments')).toMatchObject({
      source: 'gfss',
      observed: { months: 12, monthsPaid: 10, regular: false },
    });
  });

  it('the employer younger than a year fails operating_over_year, registered five months before today', async () => {
    const check = await checkEmployerConditions(registries, { bin: BIN.nurMedia, applicationDate: TODAY });
    expect(check.eligible).toBe(false);
    expect(conditionOf(check, 'operating_over_year')).toEqual({
      code: 'operating_over_year',
      passed: false,
      source: 'gbd_ul',
      observed: { registrationDate: '2025-10-02', applicationDate: TODAY },
    });
    // Five months of existence cannot be twelve months of regular payments.
    expect(failedOf(check)).toEqual(['operating_over_year', 'regular_social_payments']);
    expect(conditionOf(check, 'regular_social_payments').observed).toMatchObject({ monthsPaid: 5 });
  });

  it('on the boundary: an application exactly twelve months after registration fails, one day later passes', async () => {
    const { registrationDate } = await registries.getOrganisation(BIN.astanaKurylys);
    const anniversary = addCalendarMonths(registrationDate, 12);
    const onAnniversary = await checkEmployerConditions(registries, {
      bin: BIN.astanaKurylys,
      applicationDate: anniversary,
    });
    expect(failedOf(onAnniversary)).toEqual(['operating_over_year']);
    expect(onAnniversary.eligible).toBe(false);
    const dayAfter = new Date(Date.parse(`${anniversary}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const next = await checkEmployerConditions(registries, { bin: BIN.astanaKurylys, applicationDate: dayAfter });
    expect(next.eligible).toBe(true);
  });

  it('overdue wage arrears fail no_wage_arrears with source esutd', async () => {
    const check = await checkEmployerConditions(registries, { bin: BIN.medeuTamak, applicationDate: TODAY });
    expect(failedOf(check)).toEqual(['no_wage_arrears']);
    expect(conditionOf(check, 'no_wage_arrears')).toMatchObject({
      source: 'esutd',
      observed: { hasOverdueWageArrears: true },
    });
  });

  it('an unreliable taxpayer fails reliable_taxpayer with source kgd', async () => {
    const check = await checkEmployerConditions(registries, { bin: BIN.ontustikZharyk, applicationDate: TODAY });
    expect(failedOf(check)).toEqual(['reliable_taxpayer']);
    expect(conditionOf(check, 'reliable_taxpayer')).toMatchObject({
      source: 'kgd',
      observed: { isUnreliableTaxpayer: true },
    });
  });

  it('a liquidated organisation fails active', async () => {
    const check = await checkEmployerConditions(registries, { bin: BIN.liquidated, applicationDate: TODAY });
    expect(failedOf(check)).toEqual(['active']);
    expect(conditionOf(check, 'active').observed).toEqual({ status: 'liquidated' });
  });

  it('an unknown BIN is gov_registries.organisation_not_found (404)', async () => {
    const unknown = '990140004654';
    await expect(checkEmployerConditions(registries, { bin: unknown, applicationDate: TODAY })).rejects.toMatchObject({
      code: 'gov_registries.organisation_not_found',
      status: 404,
      params: { bin: unknown },
    });
  });

  it('during an outage the whole check is gov_registries.unavailable (503), and works again after', async () => {
    const outage = (on: boolean) =>
      fetch(`${simulator.url}/__sim/outage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ on }),
      });
    expect((await outage(true)).status).toBe(200);
    try {
      await expect(
        checkEmployerConditions(registries, { bin: BIN.astanaKurylys, applicationDate: TODAY }),
      ).rejects.toMatchObject({ code: 'gov_registries.unavailable', status: 503 });
      // Even an unknown BIN cannot be told apart while the registry is down.
      await expect(registries.getOrganisation('990140004654')).rejects.toMatchObject({
        code: 'gov_registries.unavailable',
      });
    } finally {
      await outage(false);
    }
    const check = await checkEmployerConditions(registries, { bin: BIN.astanaKurylys, applicationDate: TODAY });
    expect(check.eligible).toBe(true);
  });

  it('one source out of reach is enough: nothing passes without an answer', async () => {
    const unreachable = createGovRegistriesClient({
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      timeoutMs: 1000,
    });
    const wagesDown: GovRegistries = { ...registries, getWageArrears: unreachable.getWageArrears };
    await expect(
      checkEmployerConditions(wagesDown, { bin: BIN.astanaKurylys, applicationDate: TODAY }),
    ).rejects.toMatchObject({ code: 'gov_registries.unavailable', status: 503 });
  });
});
