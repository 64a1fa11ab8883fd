import { SarifFormatError } from './sarif-error.js';

/** A JSON value at a path in the log, read field by field with errors that say where and what. */
export type Json = Record<string, unknown>;

/** `runs[0]` + `results` → `runs[0].results`; at the top of the log the key alone. */
export const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

const kindOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

export function asObject(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SarifFormatError(path, `expected an object, got ${kindOf(value)}`);
  return value as Json;
}

export function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new SarifFormatError(path, `expected an array, got ${kindOf(value)}`);
  return value;
}

/** An optional field: absent (or, as SARIF allows for `results`, null) reads as undefined. */
export function optional<T>(
  object: Json,
  key: string,
  path: string,
  read: (value: unknown, path: string) => T,
): T | undefined {
  const value = object[key];
  return value === undefined || value === null ? undefined : read(value, join(path, key));
}

export function required<T>(object: Json, key: string, path: string, read: (value: unknown, path: string) => T): T {
  if (object[key] === undefined) throw new SarifFormatError(join(path, key), 'is required');
  return read(object[key], join(path, key));
}

export function asString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new SarifFormatError(path, `expected a string, got ${kindOf(value)}`);
  return value;
}

export function asPositiveInteger(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new SarifFormatError(path, `expected an integer of at least 1, got ${JSON.stringify(value)}`);
  return value;
}

export function asIndex(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -1)
    throw new SarifFormatError(path, `expected an array index, got ${JSON.stringify(value)}`);
  return value;
}

export function asStringArray(value: unknown, path: string): string[] {
  return asArray(value, path).map((item, index) => asString(item, `${path}[${index}]`));
}

export function asEnum<T extends string>(values: readonly T[]): (value: unknown, path: string) => T {
  return (value, path) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value))
      throw new SarifFormatError(path, `expected one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
    return value as T;
  };
}

/** Each element of an optional array, read with its own path (`runs[0].results[3]`). */
export function optionalList<T>(
  object: Json,
  key: string,
  path: string,
  read: (value: unknown, path: string) => T,
): T[] {
  return optional(object, key, path, asArray)?.map((item, index) => read(item, `${join(path, key)}[${index}]`)) ?? [];
}
