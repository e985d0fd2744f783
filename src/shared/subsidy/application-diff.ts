// What changed between two signed revisions of an application (B03-2.3 → re-signed): a small deep diff of JSON values.
import type { RevisionChange } from '../api/subsidized-jobs';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * Every leaf that differs, by path ("positions.0.monthlyWage"), in key order. Objects are compared key by key, arrays
 * index by index: an element only one side has is one "added" or "removed" change carrying the whole element.
 * Paths in `ignore` (such as the revision number, which always differs) are left out.
 */
export function diffRevisionContents(
  before: unknown,
  after: unknown,
  options: { ignore?: readonly string[] } = {},
): RevisionChange[] {
  const ignore = new Set(options.ignore ?? []);
  const changes: RevisionChange[] = [];

  const walk = (a: unknown, b: unknown, path: string) => {
    if (ignore.has(path)) return;
    if (isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) {
        const inA = key in a && a[key] !== undefined;
        const inB = key in b && b[key] !== undefined;
        const at = join(path, key);
        if (ignore.has(at)) continue;
        if (inA && inB) walk(a[key], b[key], at);
        else if (inB) changes.push({ path: at, kind: 'added', before: null, after: b[key] });
        else if (inA) changes.push({ path: at, kind: 'removed', before: a[key], after: null });
      }
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const at = join(path, i);
        if (i >= a.length) changes.push({ path: at, kind: 'added', before: null, after: b[i] });
        else if (i >= b.length) changes.push({ path: at, kind: 'removed', before: a[i], after: null });
        else walk(a[i], b[i], at);
      }
      return;
    }
    // Leaves, or values of different shapes (a number against an object): one change with both values whole.
    if (!Object.is(a, b)) changes.push({ path, kind: 'changed', before: a, after: b });
  };

  walk(before, after, '');
  return changes;
}
