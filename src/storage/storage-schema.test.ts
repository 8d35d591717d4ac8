import { describe, expect, test } from 'vitest';
import { object, text } from './storage-schema';

const check = object<{ name: string; note?: string }>({ name: text({ max: 20 }), note: text({ max: 20 }) }, { optional: ['note'] });

describe('object() reads own properties only', () => {
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])('an own field named %s is an unknown field', (key) => {
    // JSON.parse makes even "__proto__" an own property, as a hostile file would.
    const value = JSON.parse(`{"name": "a", ${JSON.stringify(key)}: {"name": "b"}}`);
    expect(Object.hasOwn(value, key)).toBe(true);
    expect(check(value, 'x')).toEqual({ ok: false, error: `x: has an unknown field "${key}"` });
  });

  test('a field inherited from a prototype is not a field', () => {
    const value = Object.create({ name: 'inherited' }) as object;
    expect(check(value, 'x')).toEqual({ ok: false, error: 'x: lacks the field "name"' });
  });

  test('an optional field inherited from a prototype is left out, not read', () => {
    const value = Object.assign(Object.create({ note: 12 }) as object, { name: 'a' });
    expect(check(value, 'x')).toEqual({ ok: true, value: { name: 'a' } });
  });

  test('the checked value is a fresh plain object whatever the input held', () => {
    const checked = check(JSON.parse('{"name": "a", "note": "b"}'), 'x');
    expect(checked).toEqual({ ok: true, value: { name: 'a', note: 'b' } });
    if (checked.ok) expect(Object.getPrototypeOf(checked.value)).toBe(Object.prototype);
  });
});
