import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import type { SealedBox } from '../../crypto/sealed-box.js';
import type { Executor } from '../../store/index.js';
import { MessageSchema } from './errors.js';

export type ScrutinizerApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What each group of routes needs. */
export interface RouteDeps {
  db: Executor;
  secrets: SealedBox;
}

const ERROR_RESPONSES = { 400: MessageSchema, 401: MessageSchema, 403: MessageSchema, 404: MessageSchema };

interface RouteSchemaParts {
  summary: string;
  description?: string;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: Record<number, TSchema>;
}

/** A route's full schema: Scrutinizer's tag, the access-token security scheme, and `{message}` for every error. */
export function routeSchema<const Parts extends RouteSchemaParts>(parts: Parts) {
  return {
    tags: ['scrutinizer'],
    security: [{ accessToken: [] }],
    ...(parts as Omit<Parts, 'response'>),
    response: { ...ERROR_RESPONSES, ...parts.response } as typeof ERROR_RESPONSES & Parts['response'],
  };
}
