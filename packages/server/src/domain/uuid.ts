const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID; callers treat anything else as an unknown object rather than a database error. */
export const isUuid = (value: string): boolean => UUID.test(value);
