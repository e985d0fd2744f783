// The fetch client for the Jumys API: same-origin cookies, the interface language, the CSRF token and problem+json errors.
import type { Problem } from '../shared/api/common';
import { currentLanguage, i18n } from './i18n';

/** An error answer of the API, carrying its RFC 9457 problem body. */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

let csrfToken: string | null = null;

/** Called with every session the server sends, so that changing requests carry its token. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.code === 'string' &&
    typeof candidate.title === 'string' &&
    (candidate.errors === undefined || Array.isArray(candidate.errors))
  );
}

function localProblem({
  status,
  code,
  detailKey,
}: {
  status: number;
  code: string;
  detailKey: 'network' | 'unexpected';
}) {
  const detail = i18n.t(`errors.${detailKey}`);
  return new ApiProblem({ type: 'about:blank', title: detail, status, code, detail });
}

async function readProblem(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  if (isProblem(body)) return new ApiProblem(body);
  return localProblem({ status: response.status, code: `http.${response.status}`, detailKey: 'unexpected' });
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw localProblem({ status: 0, code: 'network.unavailable', detailKey: 'network' });
  }

  if (!response.ok) throw await readProblem(response);
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  return (await response.json()) as T;
}

/** Response bodies are trusted as typed: the server validates every answer against the shared schemas. */
export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T = void>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T = void>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** The messages of a problem's field errors for one form field, or undefined when it has none. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const messages = (error.problem.errors ?? []).filter((e) => e.field === field).map((e) => e.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
