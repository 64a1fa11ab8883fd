import type { FastifyInstance } from 'fastify';

/**
 * Bodies as Scrutinizer clients send them: JSON, an empty body under a session-wide JSON Content-Type
 * (e.g. on DELETE), or JSON posted by `curl -d` without a Content-Type, which curl labels as a form.
 */
export function acceptScrutinizerBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    return parseJson(request, text, done);
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body).trim();
    if (text.startsWith('{')) return parseJson(request, text, done);
    return done(null, Object.fromEntries(new URLSearchParams(text)));
  });
}
