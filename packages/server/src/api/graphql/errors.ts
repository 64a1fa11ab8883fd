import type { FastifyError } from 'fastify';
import { GraphQLError } from 'graphql';
import { DomainError, NotFound, type DomainError as AnyDomainError } from '../../domain/errors.js';
import { SurfaceError, type ErrorEnvelope } from '../errors.js';
import { validationMessage } from '../validation-message.js';

/** The `extensions.code` of every refusal this surface words: Apollo's names where one exists. */
export type GraphqlErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'LIMIT_REACHED'
  | 'NOT_SERVED'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR';

/** One error of GraphQL's `errors` list as this surface sends it. */
export interface WireError {
  message: string;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  extensions: { code: GraphqlErrorCode } & Record<string, unknown>;
}

/** A refusal thrown by a resolver or a hook with its code (and the HTTP status when it ends the request). */
export class CodigaError extends Error {
  constructor(
    readonly code: GraphqlErrorCode,
    message: string,
    readonly statusCode = 200,
  ) {
    super(message);
  }
}

/** What Codiga's clients read for the domain's objects. */
const NOUNS: Record<string, string> = { organization: 'group', repository: 'project', index: 'analysis' };

const DOMAIN_CODES: Record<AnyDomainError['kind'], GraphqlErrorCode> = {
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  invalid: 'BAD_USER_INPUT',
  conflict: 'CONFLICT',
  limit_reached: 'LIMIT_REACHED',
};

const domainMessage = (error: AnyDomainError): string =>
  error instanceof NotFound ? `${NOUNS[error.what] ?? error.what} not found` : error.message;

/** The body of a request refused before GraphQL runs: no data, one error. */
export const refusalBody = (code: GraphqlErrorCode, message: string) => ({
  data: null,
  errors: [{ message, extensions: { code } }],
});

/** A refusal of the credential hook, in GraphQL's envelope. */
export const graphqlRefusal = (status: number, code: GraphqlErrorCode, message: string): SurfaceError =>
  new SurfaceError(status, refusalBody(code, message));

/** For what fails outside GraphQL's own handling on this surface's paths (unknown routes, hook refusals). */
export const GRAPHQL_ENVELOPE: ErrorEnvelope = {
  surface: 'graphql',
  domainStatus: { not_found: 404, forbidden: 403, invalid: 400, conflict: 409, limit_reached: 403 },
  domainBody: (error) => refusalBody(DOMAIN_CODES[error.kind], domainMessage(error)),
  validationBody: (error) => refusalBody('BAD_REQUEST', validationMessage(error)),
  requestBody: (message) => refusalBody('BAD_REQUEST', message),
  internalBody: () => refusalBody('INTERNAL_SERVER_ERROR', 'internal server error'),
  unknownRouteBody: (method, path) =>
    refusalBody('NOT_FOUND', `no route for ${method} ${path}: the GraphQL endpoint is POST /graphql`),
};

/** Mercurius's error codes for a request it could not read, with what this surface calls them. */
const MERCURIUS_CODES: Record<string, GraphqlErrorCode> = {
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  MER_ERR_GQL_PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
  MER_ERR_METHOD_NOT_ALLOWED: 'BAD_REQUEST',
  MER_ERR_GQL_CSRF_PREVENTION: 'BAD_REQUEST',
};

/**
 * One error as sent: the code and words of a known refusal; a syntax or validation error as graphql-js words it;
 * anything else (a bug) as an internal error that names nothing of the server, which the caller logs.
 */
export function wireError(error: GraphQLError): { wire: WireError; internal: boolean } {
  const place = {
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
  };
  const original = error.originalError as (Error & { code?: string; statusCode?: number }) | undefined;
  const known = (code: GraphqlErrorCode, message = error.message) => ({
    wire: { message, ...place, extensions: { ...error.extensions, code } },
    internal: false,
  });
  if (!original) {
    const existing = error.extensions.code as GraphqlErrorCode | undefined;
    if (existing) return known(existing);
    return known(error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED');
  }
  if (original instanceof CodigaError) return known(original.code, original.message);
  if (original instanceof DomainError) return known(DOMAIN_CODES[original.kind], domainMessage(original));
  if (original instanceof SurfaceError) {
    const body = original.body as ReturnType<typeof refusalBody>;
    const first = body.errors[0]!;
    return known(first.extensions.code, first.message);
  }
  if (original instanceof GraphQLError) return wireError(original);
  const mercurius = original.code && MERCURIUS_CODES[original.code];
  if (mercurius) return known(mercurius, original.message);
  // A Long or enum argument graphql-js could not coerce arrives as a GraphQLError without an original: handled above.
  if ((original as FastifyError).statusCode === 400) return known('BAD_REQUEST', original.message);
  return {
    wire: { message: 'internal server error', ...place, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    internal: true,
  };
}

/** What mercurius hands the formatter: an execution's result, or a request it refused, as one list of errors. */
export interface Execution {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLError[];
  statusCode?: number;
}

/** The HTTP status of a request refused before it ran: the first error's own, else 400 (GraphQL over HTTP). */
function statusWithoutData(errors: readonly GraphQLError[], execution: Execution): number {
  if (execution.statusCode) return execution.statusCode;
  const original = errors[0]?.originalError as { statusCode?: unknown; status?: unknown } | undefined;
  if (original instanceof SurfaceError) return original.status;
  if (typeof original?.statusCode === 'number' && original.statusCode >= 400) return original.statusCode;
  return 400;
}

/**
 * Mercurius's error formatter for this surface: every error with an `extensions.code`, a validation failure's list
 * flattened (mercurius wraps it in one error), internal errors logged and never described to the client.
 */
export function formatExecution(
  execution: Execution,
  log: { error(object: object, message: string): void },
): { statusCode: number; response: { data: Record<string, unknown> | null; errors: WireError[] } } {
  const raw = execution.errors ?? [];
  const flat = raw.flatMap((error) => {
    const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? inner.map((item) => toGraphqlError(item as Error)) : [error];
  });
  const errors = flat.map((error) => {
    const { wire, internal } = wireError(error);
    if (internal) log.error({ err: error.originalError ?? error }, 'graphql request failed');
    return wire;
  });
  // An execution that ran answers 200, even when a non-null root field's error left no data (it has a path).
  const executed = (execution.data !== undefined && execution.data !== null) || flat.some((error) => error.path);
  const internal = errors.some((error) => error.extensions.code === 'INTERNAL_SERVER_ERROR');
  const statusCode = executed && !internal ? 200 : internal ? 500 : statusWithoutData(raw, execution);
  return { statusCode, response: { data: execution.data ?? null, errors } };
}

const toGraphqlError = (error: Error): GraphQLError =>
  error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error });
