import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

const MetaSchema = Type.Object({ pull_ips: Type.Array(Type.String()), hook_ips: Type.Array(Type.String()) });

/** Comma-separated addresses from the environment: only the operator knows the server's egress addresses. */
function addressList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}

/** `GET /api/meta`: the addresses code is pulled from and hooks are sent from (PLUMB_PULL_IPS, PLUMB_HOOK_IPS). */
export async function metaRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const env = process.env;
  app.get(
    '/meta',
    {
      schema: {
        tags: ['scrutinizer'],
        summary: 'Addresses used for pulling code and sending hooks',
        response: { 200: MetaSchema },
      },
    },
    async () => ({ pull_ips: addressList(env.PLUMB_PULL_IPS), hook_ips: addressList(env.PLUMB_HOOK_IPS) }),
  );
}
