import type { FastifyInstance, FastifyRequest } from 'fastify';

/** One schema-validation failure, shaped as Ajv reports them so every surface renders it in its own envelope. */
interface InputFault {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

type RequestPart = 'body' | 'querystring' | 'params';

function validationError(part: RequestPart, fault: InputFault): Error {
  return Object.assign(new Error(`${part}${fault.instancePath} ${fault.message}`), {
    statusCode: 400,
    validation: [fault],
    validationContext: part,
  });
}

/** PostgreSQL text cannot hold U+0000: a string carrying it would fail in the store, so it is refused at the door. */
function findNul(root: unknown): string | undefined {
  // An explicit stack: a recursive walk overflows on a deeply nested value.
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    for (const [key, item] of Object.entries(value).reverse()) {
      if (key.includes('\u0000')) return `${path}/${key}`;
      stack.push([item, `${path}/${key}`]);
    }
  }
  return undefined;
}

const JSON_TYPE_OF: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  integer: (value) => typeof value === 'number' && Number.isInteger(value),
  number: (value) => typeof value === 'number',
  boolean: (value) => typeof value === 'boolean',
  array: (value) => Array.isArray(value),
};

/**
 * The schema validator coerces body values (123 becomes "123", [x] becomes x, x becomes [x]), which suits query
 * strings but lets a wrong type through in a JSON body: a top-level field whose type differs from its schema's is
 * refused.
 */
function findWrongBodyType(request: FastifyRequest): InputFault | undefined {
  const schema = request.routeOptions.schema?.body as { properties?: Record<string, { type?: unknown }> } | undefined;
  const body = request.body;
  if (!schema?.properties || body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  for (const [field, property] of Object.entries(schema.properties)) {
    const value = (body as Record<string, unknown>)[field];
    const matches = typeof property.type === 'string' ? JSON_TYPE_OF[property.type] : undefined;
    if (value === undefined || !matches || matches(value)) continue;
    return {
      instancePath: `/${field}`,
      keyword: 'type',
      params: { type: property.type },
      message: `must be ${String(property.type)}`,
    };
  }
  return undefined;
}

/** The validator turns `1e400` or `Infinity` into Infinity and then skips the range checks: refuse any such number. */
function findNonFinite(values: unknown): string | undefined {
  if (values === null || typeof values !== 'object') return undefined;
  for (const [field, value] of Object.entries(values)) {
    if (typeof value === 'number' && !Number.isFinite(value)) return `/${field}`;
  }
  return undefined;
}

/**
 * Checks every surface's validation would otherwise miss, raised as validation errors so each surface answers 400
 * in its own envelope, naming the field: NUL characters anywhere, wrong JSON types, infinite numbers. A surface
 * registers it after its credential hook, so a request without a valid credential is refused first.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts: [RequestPart, unknown][] = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ];
    for (const [part, value] of parts) {
      const path = findNul(value);
      if (path !== undefined)
        throw validationError(part, {
          instancePath: path,
          keyword: 'nul',
          params: {},
          message: 'must not contain the NUL character (\\u0000)',
        });
    }
    const wrongType = findWrongBodyType(request);
    if (wrongType) throw validationError('body', wrongType);
  });
  app.addHook('preHandler', async (request) => {
    for (const [part, value] of [
      ['params', request.params],
      ['querystring', request.query],
    ] as const) {
      const path = findNonFinite(value);
      if (path !== undefined)
        throw validationError(part, {
          instancePath: path,
          keyword: 'maximum',
          params: {},
          message: 'must be a finite number',
        });
    }
  });
}
