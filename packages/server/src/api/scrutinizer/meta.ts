import { Type } from 'typebox';
import type { ScrutinizerApp } from './route-schema.js';

const MetaSchema = Type.Object({ pull_ips: Type.Array(Type.String()), hook_ips: Type.Array(Type.String()) });

/** Comma-separated addresses from the environment: only the operator knows the server's egress addresses. */
function addressList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}

/** `GET /api/meta`: the addresses code is pulled from and hooks are sent from (PLUMB_PULL_IPS, PLUMB_HOOK_IPS). */
export function metaRoutes(app: ScrutinizerApp, env: NodeJS.ProcessEnv = process.env): void {
  app.get(
    '/api/meta',
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
