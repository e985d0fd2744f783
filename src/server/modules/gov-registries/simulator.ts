// The government-registries simulator: serves the contract from a dataset keyed by BIN, with outage and latency switches.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { isBin } from '../../../shared/iin-bin';
import { type Clock, systemClock } from '../../platform/clock';
import { addCalendarMonths } from './gov-registries.conditions';
import {
  GovSource,
  type OrganisationRecord,
  OrganisationStatus,
  type RegistryProblem,
  SOCIAL_PAYMENT_MONTHS,
  type SocialPaymentsRecord,
  type TaxDebtRecord,
  type WageArrearsRecord,
} from './gov-registries.schemas';
import shippedDataset from './simulator-dataset.json';

const datasetEntry = z.strictObject({
  name: z.object({ kk: z.string().min(1), ru: z.string().min(1) }),
  legalForm: z.string().min(1),
  registrationDate: z.iso.date(),
  /** Served as registered five months before the simulator's today, so the demo always has a young employer. */
  youngerThanYear: z.boolean().optional(),
  status: z.enum(OrganisationStatus),
  address: z.string().min(1),
  headFullName: z.string().min(1),
  headIin: z.string().regex(/^\d{12}$/),
  okedCode: z.string().regex(/^\d{5}$/),
  taxDebtTenge: z.number().int().min(0),
  socialPaymentDebtTenge: z.number().int().min(0),
  unreliableTaxpayer: z.boolean(),
  /** Months of the last twelve without social payments. */
  missedSocialPaymentMonths: z.number().int().min(0).max(SOCIAL_PAYMENT_MONTHS),
  overdueWageArrears: z.boolean(),
});
export type SimulatedOrganisation = z.infer<typeof datasetEntry>;

export const simulatorDataset = z.strictObject({
  about: z.string().optional(),
  organisations: z.record(z.string().refine(isBin, 'not a valid BIN'), datasetEntry),
});
export type SimulatorDataset = z.infer<typeof simulatorDataset>;

/** The dataset shipped beside this file: the twelve demo employers. */
export function loadShippedDataset(): SimulatorDataset {
  return simulatorDataset.parse(shippedDataset);
}

export const YOUNG_EMPLOYER_AGE_MONTHS = 5;

/** Whole months from one calendar date to another (a month counts once its day is reached). */
function fullMonthsBetween(from: string, to: string): number {
  let months = 0;
  while (addCalendarMonths(from, months + 1) <= to) months++;
  return months;
}

const sourceByPrefix: Record<string, GovSource> = {
  'gbd-ul': GovSource.gbdUl,
  kgd: GovSource.kgd,
  gfss: GovSource.gfss,
  esutd: GovSource.esutd,
};

const problemMessages: Record<RegistryProblem['code'], string> = {
  organisation_not_found: 'No organisation with this BIN',
  invalid_request: 'Invalid request',
  unavailable: 'Service temporarily unavailable',
};

/** The caller's x-request-id when it is a plausible one, so both sides log the same id; else a new one. */
function requestIdOf(request: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
}

export type GovSimulatorOptions = {
  dataset: SimulatorDataset;
  clock?: Clock;
  /** Delay before every contract answer (also settable at run time through POST /__sim/latency). */
  latencyMs?: number;
};

export function buildGovSimulator({
  dataset,
  clock = systemClock,
  latencyMs = 0,
}: GovSimulatorOptions): FastifyInstance {
  const state = { outage: false, latencyMs };
  // Delays still running when the simulator closes end at once, so closing never waits for them.
  const pendingDelays = new Set<() => void>();
  // Closing drops open connections at once: a client that gave up on a slow answer may still hold one.
  const app = Fastify({ logger: false, genReqId: requestIdOf, forceCloseConnections: true });

  const sourceOf = (request: FastifyRequest): GovSource | undefined => sourceByPrefix[request.url.split('/')[1] ?? ''];
  const sendProblem = (request: FastifyRequest, reply: FastifyReply, status: number, code: RegistryProblem['code']) =>
    reply.code(status).send({
      source: sourceOf(request) ?? GovSource.gbdUl,
      requestId: request.id,
      code,
      message: problemMessages[code],
    } satisfies RegistryProblem);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/__sim/')) return;
    if (state.latencyMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          pendingDelays.delete(done);
          resolve();
        };
        const timer = setTimeout(done, state.latencyMs);
        pendingDelays.add(done);
      });
    }
    if (state.outage) return sendProblem(request, reply, 503, 'unavailable');
  });
  app.addHook('preClose', async () => {
    for (const done of pendingDelays) done();
  });

  /** The organisation the path's BIN names, as served today; answers 400 or 404 itself when there is none. */
  const organisationFor = (request: FastifyRequest, reply: FastifyReply) => {
    const { bin } = request.params as { bin: string };
    if (!isBin(bin)) {
      sendProblem(request, reply, 400, 'invalid_request');
      return undefined;
    }
    const entry = dataset.organisations[bin];
    if (!entry) {
      sendProblem(request, reply, 404, 'organisation_not_found');
      return undefined;
    }
    const now = clock.now();
    const today = dateInKazakhstan(now);
    const registrationDate = entry.youngerThanYear
      ? addCalendarMonths(today, -YOUNG_EMPLOYER_AGE_MONTHS)
      : entry.registrationDate;
    return { bin, entry, registrationDate, today, checkedAt: now.toISOString() };
  };

  app.get('/gbd-ul/v1/organisations/:bin', async (request, reply) => {
    const found = organisationFor(request, reply);
    if (!found) return reply;
    const { bin, entry, registrationDate, checkedAt } = found;
    return {
      source: GovSource.gbdUl,
      requestId: request.id,
      bin,
      name: entry.name,
      legalForm: entry.legalForm,
      registrationDate,
      status: entry.status,
      address: entry.address,
      headFullName: entry.headFullName,
      headIin: entry.headIin,
      okedCode: entry.okedCode,
      checkedAt,
    } satisfies OrganisationRecord;
  });

  app.get('/kgd/v1/taxpayers/:bin/debt', async (request, reply) => {
    const found = organisationFor(request, reply);
    if (!found) return reply;
    const { bin, entry, checkedAt } = found;
    return {
      source: GovSource.kgd,
      requestId: request.id,
      bin,
      hasTaxDebt: entry.taxDebtTenge > 0,
      taxDebtAmountTenge: entry.taxDebtTenge,
      hasSocialPaymentDebt: entry.socialPaymentDebtTenge > 0,
      socialDebtAmountTenge: entry.socialPaymentDebtTenge,
      isUnreliableTaxpayer: entry.unreliableTaxpayer,
      checkedAt,
    } satisfies TaxDebtRecord;
  });

  const monthsQuery = z.object({ months: z.coerce.number().int().min(1).max(SOCIAL_PAYMENT_MONTHS).default(12) });
  app.get('/gfss/v1/employers/:bin/payments', async (request, reply) => {
    const query = monthsQuery.safeParse(request.query);
    if (!query.success) return sendProblem(request, reply, 400, 'invalid_request');
    const found = organisationFor(request, reply);
    if (!found) return reply;
    const { bin, entry, registrationDate, today, checkedAt } = found;
    const { months } = query.data;
    // Missed months are taken as the latest ones; an employer cannot have paid for months before it existed.
    const monthsPaid = Math.max(
      0,
      Math.min(months - entry.missedSocialPaymentMonths, fullMonthsBetween(registrationDate, today)),
    );
    return {
      source: GovSource.gfss,
      requestId: request.id,
      bin,
      months,
      monthsPaid,
      regular: monthsPaid === months,
      checkedAt,
    } satisfies SocialPaymentsRecord;
  });

  app.get('/esutd/v1/employers/:bin/wage-arrears', async (request, reply) => {
    const found = organisationFor(request, reply);
    if (!found) return reply;
    const { bin, entry, checkedAt } = found;
    return {
      source: GovSource.esutd,
      requestId: request.id,
      bin,
      hasOverdueWageArrears: entry.overdueWageArrears,
      checkedAt,
    } satisfies WageArrearsRecord;
  });

  // Switches for tests and demos; a real registry has none of these.
  const outageBody = z.object({ on: z.boolean() });
  app.post('/__sim/outage', async (request, reply) => {
    const body = outageBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'expected {"on": boolean}' });
    state.outage = body.data.on;
    return { outage: state.outage, latencyMs: state.latencyMs };
  });
  const latencyBody = z.object({ ms: z.number().int().min(0).max(120_000) });
  app.post('/__sim/latency', async (request, reply) => {
    const body = latencyBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'expected {"ms": 0..120000}' });
    state.latencyMs = body.data.ms;
    return { outage: state.outage, latencyMs: state.latencyMs };
  });
  app.get('/__sim/state', async () => ({
    outage: state.outage,
    latencyMs: state.latencyMs,
    organisations: Object.keys(dataset.organisations).length,
  }));

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'no such path in the contract' }));
  return app;
}

export type RunningGovSimulator = { url: string; app: FastifyInstance; close: () => Promise<void> };

/** Builds and listens (port 0 picks a free one): what tests of any module use to talk to real HTTP. */
export async function startGovSimulator(
  options: Partial<GovSimulatorOptions> & { host?: string; port?: number } = {},
): Promise<RunningGovSimulator> {
  const app = buildGovSimulator({ ...options, dataset: options.dataset ?? loadShippedDataset() });
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${host}:${port}`, app, close: () => app.close() };
}
