import type { FastifyInstance } from 'fastify';

/**
 * JetBrains' own example posts JSON with `curl -d` and no Content-Type, which curl sends as a form. Read such a
 * body as JSON when it is JSON, else as form fields, so the vendor's scripts run unchanged.
 */
export function acceptJsonSentAsForm(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body).trim();
    if (!text.startsWith('{')) return done(null, Object.fromEntries(new URLSearchParams(text)));
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error('the request body is not valid JSON'), { statusCode: 400 }), undefined);
    }
  });
}
