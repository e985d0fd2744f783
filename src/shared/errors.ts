// Every error code the API can answer with, and its HTTP status. Messages live in i18n/<lang>/errors.json.
export const errorStatus = {
  'validation.failed': 400,
  'http.bad_request': 400,
  'http.payload_too_large': 413,
  'http.unsupported_media_type': 415,
  'auth.unauthenticated': 401,
  'auth.invalid_credentials': 401,
  'auth.session_expired': 401,
  'auth.forbidden': 403,
  'auth.csrf_failed': 403,
  'auth.too_many_attempts': 429,
  'http.not_found': 404,
  'http.rate_limited': 429,
  'record.not_found': 404,
  'workflow.conflict': 409,
  'workflow.action_not_allowed': 409,
  'workflow.guard_failed': 422,
  'workflow.unknown_action': 400,
  'internal.error': 500,
  'service.unavailable': 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export function isErrorCode(code: string): code is ErrorCode {
  return code in errorStatus;
}
