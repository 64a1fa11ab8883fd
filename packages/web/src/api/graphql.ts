import { apiError, request } from './http.js';

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The status a GraphQL error code stands for, so its message gets the same advice as a REST failure. */
const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  LIMIT_REACHED: 403,
  INTERNAL_SERVER_ERROR: 500,
};

/** Runs a GraphQL document at /graphql (Codiga's schema with Plumb's extensions) as the signed-in user. */
export async function graphql<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await request<GraphqlAnswer<T>>('/graphql', { method: 'POST', body: { query: document, variables } });
  const error = answer.errors?.[0];
  if (error) throw apiError(STATUS_OF_CODE[error.extensions?.code ?? ''] ?? 400, error.message);
  if (!answer.data) throw apiError(500, 'The server answered without data.');
  return answer.data;
}
