import { asc, count, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Page, PageRequest } from '../paging.js';
import type { Team } from './teams.js';

/** The organization's teams, one page, ordered by name, then by creation. */
export async function listTeamsPage(db: Executor, organizationId: number, page: PageRequest): Promise<Page<Team>> {
  const ofOrganization = eq(schema.teams.organizationId, organizationId);
  const items = await db
    .select()
    .from(schema.teams)
    .where(ofOrganization)
    .orderBy(asc(schema.teams.name), asc(schema.teams.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(schema.teams).where(ofOrganization);
  return { items, total: counted?.total ?? 0 };
}
