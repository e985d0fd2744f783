// The HTTP adapter of the government registries: one client per source behind one interface, answers parsed at the edge.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { isBin, maskIdentifier } from '../../../shared/iin-bin';
import { DomainError } from '../../platform/errors';
import { govRegistriesUnavailable, organisationNotFound } from './gov-registries.errors';
import {
  GovSource,
  type OrganisationRecord,
  organisationRecord,
  registryProblem,
  SOCIAL_PAYMENT_MONTHS,
  type SocialPaymentsRecord,
  socialPaymentsRecord,
  type TaxDebtRecord,
  taxDebtRecord,
  type WageArrearsRecord,
  wageArrearsRecord,
} from './gov-registries.schemas';

/** What the application module asks the state: each method answers for one source or throws a DomainError. */
export type GovRegistries = {
  /** ГБД ЮЛ: status, registration date and requisites of a legal entity. */
  getOrganisation(bin: string): Promise<OrganisationRecord>;
  /** КГД: tax and social-payment debt, and the list of unreliable taxpayers. */
  getTaxDebt(bin: string): Promise<TaxDebtRecord>;
  /** ГФСС / ЕНПФ: social payments over the last 12 months. */
  getSocialPayments(bin: string): Promise<SocialPaymentsRecord>;
  /** ЕСУТД: overdue wage arrears today. */
  getWageArrears(bin: string): Promise<WageArrearsRecord>;
};

/** What the adapter logs with: a pino logger fits. */
export type AdapterLogger = { warn(details: Record<string, unknown>, message: string): void };

export type GovRegistriesClientOptions = {
  /** Where the contract is served: the simulator, or the gateway to the real registries. */
  baseUrl: string;
  /** The whole call, the one retry included, ends by then. */
  timeoutMs: number;
  logger?: AdapterLogger;
};

export function createGovRegistriesClient({ baseUrl, timeoutMs, logger }: GovRegistriesClientOptions): GovRegistries {
  const root = baseUrl.replace(/\/+$/, '');

  async function fetchRecord<T extends { bin: string }>(
    source: GovSource,
    bin: string,
    path: string,
    schema: z.ZodType<T>,
  ): Promise<T> {
    if (!isBin(bin)) throw new DomainError('validation.failed', {}, [{ field: 'bin', code: 'validation.bin_invalid' }]);
    const requestId = randomUUID();
    // Logs name the source, the masked BIN and the request id, never an answer's body (it holds the head's IIN).
    const fail = (reason: string, extra: Record<string, unknown> = {}) => {
      logger?.warn(
        { source, bin: maskIdentifier(bin), requestId, reason, ...extra },
        'government registry unavailable',
      );
      return govRegistriesUnavailable();
    };
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let body: string;
    try {
      response = await fetchWithOneRetry(`${root}${path}`, {
        signal,
        headers: { accept: 'application/json', 'x-request-id': requestId },
      });
      body = await response.text();
    } catch (error) {
      throw fail(signal.aborted ? 'timeout' : 'network', { error: String(error) });
    }

    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw fail('malformed', { status: response.status, detail: 'not JSON' });
    }
    if (response.status === 200) {
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => issue.path.join('.'));
        throw fail('malformed', { status: 200, fields });
      }
      if (parsed.data.bin !== bin) throw fail('malformed', { status: 200, detail: 'answer for another BIN' });
      return parsed.data;
    }
    // A 404 without the contract's own body is a wrong address, not an unknown organisation.
    const problem = registryProblem.safeParse(json);
    if (response.status === 404 && problem.success && problem.data.code === 'organisation_not_found') {
      throw organisationNotFound(bin);
    }
    throw fail(response.status >= 500 ? 'server_error' : 'unexpected_status', { status: response.status });
  }

  return {
    getOrganisation: (bin) => fetchRecord(GovSource.gbdUl, bin, `/gbd-ul/v1/organisations/${bin}`, organisationRecord),
    getTaxDebt: (bin) => fetchRecord(GovSource.kgd, bin, `/kgd/v1/taxpayers/${bin}/debt`, taxDebtRecord),
    getSocialPayments: (bin) =>
      fetchRecord(
        GovSource.gfss,
        bin,
        `/gfss/v1/employers/${bin}/payments?months=${SOCIAL_PAYMENT_MONTHS}`,
        socialPaymentsRecord,
      ),
    getWageArrears: (bin) =>
      fetchRecord(GovSource.esutd, bin, `/esutd/v1/employers/${bin}/wage-arrears`, wageArrearsRecord),
  };
}

/**
 * A GET is safe to repeat, so a connection that failed before any answer (refused, reset) gets one more try.
 * A timeout is not retried (the deadline is spent), nor is any answer, 5xx included: the registry did reply.
 */
async function fetchWithOneRetry(url: string, init: RequestInit & { signal: AbortSignal }): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal.aborted || !(error instanceof TypeError)) throw error;
    return fetch(url, init);
  }
}
