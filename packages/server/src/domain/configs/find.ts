import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import { isUuid } from '../uuid.js';
import type { ConfigOwner, NamedConfig } from './configs.js';

/** The owner's configuration with this uuid; anyone else's (or a malformed uuid) is NotFound. */
export async function findConfig(db: Executor, owner: ConfigOwner, configUuid: string): Promise<NamedConfig> {
  if (!isUuid(configUuid)) throw new NotFound('configuration');
  const ownedBy =
    'organizationId' in owner
      ? eq(schema.configs.organizationId, owner.organizationId)
      : eq(schema.configs.userId, owner.userId);
  const [row] = await db
    .select()
    .from(schema.configs)
    .where(and(ownedBy, eq(schema.configs.uuid, configUuid)));
  if (!row) throw new NotFound('configuration');
  return row;
}
