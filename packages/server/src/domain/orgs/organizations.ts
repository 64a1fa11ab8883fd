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
  /** Qodana's project and inspection insights (on by default). */
  insightsEnabled?: boolean;
  projectLimit?: number;
}

/** Changes an organization's settings (public API and insights switches, project limit): an operator's act. */
export async function updateOrganizationSettings(
  db: Executor,
  organizationId: number,
  settings: OrganizationSettings,
): Promise<Organization> {
  const { insightsEnabled, ...columns } = settings;
  const [row] =
    Object.keys(columns).length > 0
      ? await db
          .update(schema.organizations)
          .set(columns)
          .where(eq(schema.organizations.id, organizationId))
          .returning()
      : await db.select().from(schema.organizations).where(eq(schema.organizations.id, organizationId));
  if (!row) throw new NotFound('organization');
  if (insightsEnabled !== undefined)
    await db
      .insert(schema.organizationInsights)
      .values({ organizationId, enabled: insightsEnabled })
      .onConflictDoUpdate({ target: schema.organizationInsights.organizationId, set: { enabled: insightsEnabled } });
  return row;
}

/** Whether the organization has Qodana's insights switched on: on unless an operator switched them off. */
export async function insightsEnabled(db: Executor, organizationId: number): Promise<boolean> {
  const [row] = await db
    .select({ enabled: schema.organizationInsights.enabled })
    .from(schema.organizationInsights)
    .where(eq(schema.organizationInsights.organizationId, organizationId));
  return row?.enabled ?? true;
}
