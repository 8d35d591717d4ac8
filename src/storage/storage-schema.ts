/**
 * A small hand-written schema checker for what we store and import. A check
 * takes an unknown value and the path it was found at, and returns the value
 * typed, or a problem that names the path and what was wrong. No exceptions,
 * no packages.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };
export type Check<T> = (value: unknown, path: string) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (path: string, message: string): Checked<never> => ({ ok: false, error: `${path}: ${message}` });

/** A short, safe description of a value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `a text of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export const boolean: Check<boolean> = (value, path) => (typeof value === 'boolean' ? ok(value) : fail(path, `expected true or false, found ${describe(value)}`));

export function text(options: { max: number; nonEmpty?: boolean; pattern?: RegExp }): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') return fail(path, `expected text, found ${describe(value)}`);
    if (value.length > options.max) return fail(path, `is longer than ${options.max} characters`);
    if (options.nonEmpty && value.trim() === '') return fail(path, 'is empty');
    if (options.pattern && !options.pattern.test(value)) return fail(path, `"${value}" is not of the form ${options.pattern.source}`);
    return ok(value);
  };
}

export function integer(min: number, max: number): Check<number> {
  return (value, path) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? ok(value)
      : fail(path, `expected a whole number from ${min} to ${max}, found ${describe(value)}`);
}

export function oneOf<T extends string>(choices: readonly T[]): Check<T> {
  return (value, path) =>
    (choices as readonly unknown[]).includes(value) ? ok(value as T) : fail(path, `expected one of ${choices.map((c) => `"${c}"`).join(', ')}, found ${describe(value)}`);
}

export function listOf<T>(item: Check<T>, options: { max: number; unique?: boolean }): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, `expected a list, found ${describe(value)}`);
    if (value.length > options.max) return fail(path, `has ${value.length} items; at most ${options.max} are allowed`);
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const checked = item(value[i], `${path}[${i}]`);
      if (!checked.ok) return checked;
      if (options.unique && out.includes(checked.value)) return fail(`${path}[${i}]`, `repeats ${describe(checked.value)}`);
      out.push(checked.value);
    }
    return ok(out);
  };
}

export type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object with exactly these fields. `optional` fields may be absent;
 * unknown fields are a problem, so that a foreign file is refused instead of
 * half read.
 */
export function object<T>(shape: Shape<T>, options: { optional?: readonly (keyof T)[] } = {}): Check<T> {
  return (value, path) => {
    if (!isPlainObject(value)) return fail(path, `expected an object, found ${describe(value)}`);
    // Own properties only: `key in shape` would take "constructor", "toString" or "__proto__" for known fields.
    for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return fail(path, `has an unknown field "${key}"`);
    const out = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (!Object.hasOwn(value, key)) {
        if (options.optional?.includes(key)) continue;
        return fail(path, `lacks the field "${key}"`);
      }
      const checked = shape[key](value[key], `${path}.${key}`);
      if (!checked.ok) return checked;
      out[key] = checked.value;
    }
    return ok(out);
  };
}
