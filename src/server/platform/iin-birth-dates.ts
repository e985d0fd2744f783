// Refuses an IIN whose birth date has not come yet: the edge's zod schema has no clock, the pipeline has the injected one.
import type { z } from 'zod';
import { iinSchema } from '../../shared/api/common';
import { dateInKazakhstan } from '../../shared/calendar/working-days';
import { birthDateFromIin, findIinProblem } from '../../shared/iin-bin';
import type { FieldError } from './errors';

type Path = readonly (string | '*')[];

/** The parts of a zod schema that can hold an iinSchema field, read from zod 4's definition. */
type WalkedDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
};

function walk(schema: z.ZodType, at: Path, found: Path[], depth: number): void {
  if (schema === iinSchema) {
    found.push(at);
    return;
  }
  if (depth > 12) return;
  const def = schema._zod.def as unknown as WalkedDef;
  if (def.shape) for (const [key, field] of Object.entries(def.shape)) walk(field, [...at, key], found, depth + 1);
  if (def.innerType) walk(def.innerType, at, found, depth + 1);
  if (def.in) walk(def.in, at, found, depth + 1);
  if (def.left) walk(def.left, at, found, depth + 1);
  if (def.right) walk(def.right, at, found, depth + 1);
  if (def.type === 'array' && def.element) walk(def.element, [...at, '*'], found, depth + 1);
  for (const option of def.options ?? []) walk(option, at, found, depth + 1);
}

const pathsBySchema = new WeakMap<object, Path[]>();

/** Where a request schema declares IINs ("*" standing for every element of an array); computed once per schema. */
export function iinPathsOf(schema: z.ZodType): Path[] {
  let paths = pathsBySchema.get(schema);
  if (!paths) {
    paths = [];
    walk(schema, [], paths, 0);
    pathsBySchema.set(schema, paths);
  }
  return paths;
}

function* valuesAt(value: unknown, path: Path, field: string[] = []): Generator<{ field: string; value: unknown }> {
  if (path.length === 0) {
    yield { field: field.join('.'), value };
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(value))
      for (const [i, item] of value.entries()) yield* valuesAt(item, rest, [...field, String(i)]);
    return;
  }
  yield* valuesAt((value as Record<string, unknown>)[head!], rest, [...field, head!]);
}

/** The field errors of the IINs in a validated body whose birth date is after today in Kazakhstan. */
export function futureBirthDateErrors(schema: z.ZodType, body: unknown, now: Date): FieldError[] {
  const today = dateInKazakhstan(now);
  const errors: FieldError[] = [];
  for (const path of iinPathsOf(schema)) {
    for (const { field, value } of valuesAt(body, path)) {
      if (typeof value !== 'string' || findIinProblem(value, today) !== 'birth_date_future') continue;
      errors.push({ field, code: 'validation.iin_birth_date_future', params: { birthDate: birthDateFromIin(value) } });
    }
  }
  return errors;
}
