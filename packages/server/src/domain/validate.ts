import { Invalid } from './errors.js';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requireSlug(field: string, value: unknown): string {
  if (typeof value !== 'string' || !SLUG.test(value)) {
    throw new Invalid(field, 'expected 1-64 lower-case letters, digits or inner hyphens');
  }
  return value;
}

export function requireEmail(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value.trim())) {
    throw new Invalid(field, 'expected an email address such as jane@example.com');
  }
  return value.trim();
}

export function requireName(field: string, value: unknown, maxLength = 200): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength) {
    throw new Invalid(field, `expected a non-empty string of at most ${maxLength} characters`);
  }
  return value.trim();
}

export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Invalid(field, `expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID; callers treat anything else as an unknown object rather than a database error. */
export const isUuid = (value: string): boolean => UUID.test(value);
