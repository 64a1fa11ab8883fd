import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Organization } from '../access/index.js';
import { Conflict, NotFound } from '../errors.js';
import { requireName, requireSlug } from '../validate.js';

/** Creates an organization: an operator's act (bootstrap), so it takes no caller. */
export async function createOrganization(
  db: Executor,
  input: { slug: unknown; name?: unknown },
): Promise<Organization> {
  const slug = requireSlug('slug', input.slug);
  const name = input.name === undefined ? slug : requireName('name', input.name);
  const [row] = await db.insert(schema.organizations).values({ slug, name }).onConflictDoNothing().returning();
  if (!row) throw new Conflict(`an organization with slug ${slug} already exists`);
  return row;
}

export interface OrganizationSettings {
  publicApiEnabled?: boolean;
  insightsEnabled?: boolean;
  projectLimit?: number;
}

/** Changes an organization's settings (public API and insights switches, project limit): an operator's act. */
export async function updateOrganizationSettings(
  db: Executor,
  organizationId: number,
  settings: OrganizationSettings,
): Promise<Organization> {
  const [row] = await db
    .update(schema.organizations)
    .set(settings)
    .where(eq(schema.organizations.id, organizationId))
    .returning();
  if (!row) throw new NotFound('organization');
  return row;
}
