import type { FastifyInstance } from 'fastify';

interface OpenApiDocument {
  paths: Record<string, Record<string, { tags?: string[] }>>;
}

/** `METHOD /path/{param}` for every operation of the app's OpenAPI document whose path passes the filter. */
export async function documentedRoutes(
  app: FastifyInstance,
  keep: (path: string, tags: string[]) => boolean,
): Promise<string[]> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;
  return Object.entries(document.paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => keep(path, operation.tags ?? []))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

const staticSegments = (route: string): number =>
  route.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).length;

/** The documented route a concrete request lands on (the one with the most fixed segments when several match). */
export function routeOf(routes: readonly string[], method: string, url: string): string | undefined {
  const path = url.split('?')[0]!;
  const matches = routes.filter((route) => {
    const [routeMethod, template] = route.split(' ') as [string, string];
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return routeMethod === method.toUpperCase() && pattern.test(path);
  });
  return matches.sort((a, b) => staticSegments(b) - staticSegments(a))[0];
}
