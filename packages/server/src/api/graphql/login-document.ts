import { Kind, parse, type DocumentNode } from 'graphql';

/** The fields a document may select and still be sent without a credential: Codiga's login. */
const OPEN_FIELDS = new Set(['authentication', '__typename']);

function parsed(query: unknown): DocumentNode | undefined {
  if (typeof query !== 'string') return undefined;
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}

/**
 * Whether a request's document is a login alone: mutations whose every root field is `authentication`, with no
 * fragment at the root. Anything else needs a credential (caller.ts).
 */
export function isLoginDocument(body: unknown): boolean {
  const document = parsed((body as { query?: unknown } | null | undefined)?.query);
  if (!document) return false;
  return document.definitions.every(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.operation === 'mutation' &&
      definition.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && OPEN_FIELDS.has(selection.name.value),
      ),
  );
}
