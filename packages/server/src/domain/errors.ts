/** Typed domain errors; each API surface maps them to its own status codes and error envelope. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not_found' | 'forbidden' | 'invalid' | 'conflict' | 'limit_reached';
}

/** The object does not exist, or exists in another organization (never reveal which). */
export class NotFound extends DomainError {
  readonly kind = 'not_found';
  override name = 'NotFound';
  constructor(readonly what: string) {
    super(`${what} not found`);
  }
}

export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
  override name = 'Forbidden';
}

/** Bad input: names the field and says what was expected. */
export class Invalid extends DomainError {
  readonly kind = 'invalid';
  override name = 'Invalid';
  constructor(
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${field}: ${expected}`);
  }
}

export class Conflict extends DomainError {
  readonly kind = 'conflict';
  override name = 'Conflict';
}

export class LimitReached extends DomainError {
  readonly kind = 'limit_reached';
  override name = 'LimitReached';
}
