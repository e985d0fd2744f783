// One DomainError for every module, turned into RFC 9457 problem+json in the user's language at the edge.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '../../shared/api/common';
import { type ErrorCode, errorStatus } from '../../shared/errors';
import { translate } from '../../shared/i18n/messages';
import type { Locale } from '../../shared/roles';

export type FieldError = { field: string; code: string; params?: Record<string, unknown> };

export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode | `${string}.${string}`,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
    status?: number,
  ) {
    super(code);
    this.status = status ?? errorStatus[code as ErrorCode] ?? 400;
  }
}

export const notFound = () => new DomainError('record.not_found');
export const forbidden = () => new DomainError('auth.forbidden');
export const conflict = () => new DomainError('workflow.conflict');

export function toProblem(error: DomainError, locale: Locale, instance?: string): Problem {
  return {
    type: `https://jumys.kz/problems/${error.code.replace('.', '/')}`,
    title: translate('en', error.code, error.params),
    status: error.status,
    code: error.code,
    detail: translate(locale, error.code, error.params),
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors.length
      ? {
          errors: error.fieldErrors.map((f) => ({
            field: f.field,
            code: f.code,
            message: translate(locale, f.code, f.params),
          })),
        }
      : {}),
  };
}

type ZodIssueParams = { origin?: string; minimum?: number; maximum?: number; keys?: string[] };

/** Maps a zod issue to a message key: our own keys pass through, zod's codes get a generic localized message. */
function fieldErrorFromIssue(
  keyword: string,
  message: string,
  params: ZodIssueParams,
  field: string,
  isMissing: boolean,
): FieldError {
  if (message.startsWith('validation.')) return { field, code: message, params: { ...params } };
  const isText = params.origin === 'string';
  switch (keyword) {
    case 'invalid_type':
      return { field, code: isMissing ? 'validation.required' : 'validation.invalid_type' };
    case 'too_small':
      return {
        field,
        code: isText ? 'validation.too_short' : 'validation.too_small',
        params: { minimum: params.minimum },
      };
    case 'too_big':
      return {
        field,
        code: isText ? 'validation.too_long' : 'validation.too_big',
        params: { maximum: params.maximum },
      };
    case 'unrecognized_keys':
      return { field, code: 'validation.unrecognized_keys', params: { keys: params.keys?.join(', ') } };
    case 'invalid_value':
    case 'invalid_union':
      return { field, code: 'validation.invalid_value' };
    default:
      return { field, code: 'validation.invalid_format' };
  }
}

/** The part of the request a validation error speaks of, to tell a missing value from a wrong one. */
export type ValidatedInput = { body?: unknown; params?: unknown; query?: unknown; headers?: unknown };

function valueAt(root: unknown, instancePath: string): unknown {
  let value = root;
  for (const key of instancePath.split('/').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function domainErrorFrom(error: unknown, input: ValidatedInput = {}): DomainError {
  if (error instanceof DomainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    // zod does not report the input, so whether a value was sent is read from the request itself.
    const context = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
    const data = input[context as keyof ValidatedInput];
    const fields = error.validation.map((v) =>
      fieldErrorFromIssue(
        v.keyword,
        v.message ?? '',
        v.params as ZodIssueParams,
        v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(error.validationContext ?? 'body'),
        valueAt(data, v.instancePath) === undefined,
      ),
    );
    return new DomainError('validation.failed', {}, fields);
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError('http.bad_request');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('http.payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DomainError('http.unsupported_media_type');
  }
  if (fastifyError.statusCode === 429) return new DomainError('http.rate_limited');
  if (fastifyError.statusCode === 404) return new DomainError('http.not_found');
  if (fastifyError.statusCode && fastifyError.statusCode < 500 && !isResponseSerializationError(error)) {
    return new DomainError('http.bad_request');
  }
  return new DomainError('internal.error');
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: DomainError) {
  return reply
    .status(error.status)
    .type('application/problem+json')
    .send(toProblem(error, request.locale, request.url));
}
