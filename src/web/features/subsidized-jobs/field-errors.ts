// Client-side validation with the server's own zod schemas: the same message keys, on the same field paths as the server's problem+json.
import type { z } from 'zod';
import { translate } from '../../../shared/i18n/messages';
import type { Locale } from '../../../shared/roles';

/** Messages by field path ("requisites.iban", "positions.0.monthlyWage"), the paths the server's field errors use. */
export type FieldErrors = Record<string, string>;

type IssueLike = {
  code?: string;
  message: string;
  path: PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The message key and parameters of one issue, as the server's error handler maps them (platform/errors.ts), except
 * that an empty field always reads "fill in this field": an empty IBAN is missing, not mistyped.
 */
export function issueMessageKey(issue: IssueLike, input: unknown): { key: string; params: Record<string, unknown> } {
  if (isEmpty(valueAt(input, issue.path))) return { key: 'validation.required', params: {} };
  // Our own keys keep the issue's limits, as the server passes them on: "not more than {{maximum}} characters".
  if (issue.message.startsWith('validation.')) {
    return {
      key: issue.message,
      params: Object.fromEntries(
        Object.entries({ minimum: issue.minimum, maximum: issue.maximum }).filter(([, v]) => v !== undefined),
      ),
    };
  }
  const isText = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      return { key: isText ? 'validation.too_short' : 'validation.too_small', params: { minimum: issue.minimum } };
    case 'too_big':
      return { key: isText ? 'validation.too_long' : 'validation.too_big', params: { maximum: issue.maximum } };
    case 'invalid_type':
      return { key: 'validation.invalid_type', params: {} };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'validation.invalid_value', params: {} };
    default:
      return { key: 'validation.invalid_format', params: {} };
  }
}

/** Validates `input` with `schema`; on success the parsed value (trimmed, normalised), else the first message per field. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  pathPrefix = '',
): { value: z.output<S>; errors: FieldErrors } | { value: null; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { value: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = pathPrefix + issue.path.map(String).join('.');
    if (field in errors) continue;
    const { key, params } = issueMessageKey(issue as IssueLike, input);
    errors[field] = translate(locale, key, params);
  }
  return { value: null, errors };
}
