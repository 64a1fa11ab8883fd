import { asc, count, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Page, PageRequest } from '../paging.js';
import type { ConfigOwner, NamedConfig } from './configs.js';

/** The owner's named configurations, one page, ordered by name, then by creation. */
export async function listConfigsPage(db: Executor, owner: ConfigOwner, page: PageRequest): Promise<Page<NamedConfig>> {
  const ownedBy =
    'organizationId' in owner
      ? eq(schema.configs.organizationId, owner.organizationId)
      : eq(schema.configs.userId, owner.userId);
  const items = await db
    .select()
    .from(schema.configs)
    .where(ownedBy)
    .orderBy(asc(schema.configs.name), asc(schema.configs.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(schema.configs).where(ownedBy);
  return { items, total: counted?.total ?? 0 };
}
