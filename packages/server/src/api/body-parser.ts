import type { FastifyInstance, FastifyRequest } from 'fastify';

type ContentTypeParserDoneFunction = (
  request: FastifyRequest,
  text: string,
  done: (error: Error | null, body?: unknown) => void,
) => void;

/** The deepest nesting of arrays and objects a request body may have; every vendor's bodies are a few levels deep. */
export const MAX_BODY_DEPTH = 64;

const requestError = (message: string) => Object.assign(new Error(message), { statusCode: 400 });

/** How deep a parsed JSON value nests, walked with an explicit stack (a recursive walk overflows on deep input). */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(item))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The one body parser of every surface: JSON; an empty body under a JSON Content-Type (clients set it session-wide,
 * even on DELETE); and JSON posted by `curl -d` without a Content-Type, which curl labels as a form (the vendors'
 * own examples do this), else form fields. Bodies nested deeper than the limit are refused with a 400 naming the
 * body; all of it runs before any credential or route handler is looked at.
 */
export function registerBodyParsers(app: FastifyInstance): void {
  // Fastify's own parser refuses `__proto__` and `constructor.prototype` keys (prototype poisoning).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const parse: ContentTypeParserDoneFunction = (request, text, done) => {
    if (text.trim() === '') return done(null, undefined);
    parseJson(request, text, (error, value) => {
      if (error) return done(error, undefined);
      if (depthExceeds(value, MAX_BODY_DEPTH))
        return done(requestError(`body: expected JSON nested at most ${MAX_BODY_DEPTH} levels deep`), undefined);
      done(null, value);
    });
  };
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    parse(request, String(body), done),
  );
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body).trim();
    if (text.startsWith('{')) return parse(request, text, done);
    done(null, Object.fromEntries(new URLSearchParams(text)));
  });
}
