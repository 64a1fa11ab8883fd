import type { FastifyRequest } from 'fastify';

/**
 * Where a surface's authentication hook leaves the caller for its routes: one slot per surface, keyed by request,
 * so nothing is added to Fastify's request type and a route outside the hook fails loudly instead of unguarded.
 */
export function callerSlot<Caller>(hook: string) {
  const callers = new WeakMap<FastifyRequest, Caller>();
  return {
    set(request: FastifyRequest, caller: Caller): void {
      callers.set(request, caller);
    },
    of(request: FastifyRequest): Caller {
      const caller = callers.get(request);
      if (!caller) throw new Error(`route ${request.routeOptions.url ?? request.url} reads its caller outside ${hook}`);
      return caller;
    },
  };
}
