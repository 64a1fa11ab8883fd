import { inTransaction, schema, type Executor } from '../../store/index.js';
import type { Organization, PersonalAccess } from '../access/index.js';
import { Conflict, Invalid } from '../errors.js';
import { requireName } from '../validate.js';

/** A slug from a name: lower-case letters and digits, the rest one hyphen ("Acme Labs!" → "acme-labs"). */
export function slugOfName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
  if (slug === '') throw new Invalid('name', 'expected a name with at least one letter or digit');
  return slug;
}

/** Creates an organization named by a user, who becomes its OWNER (Codiga's createGroup). */
export async function createOwnedOrganization(
  db: Executor,
  access: PersonalAccess,
  input: { name: unknown },
): Promise<Organization> {
  const name = requireName('name', input.name, 100);
  const slug = slugOfName(name);
  return inTransaction(db, async (tx) => {
    const [row] = await tx.insert(schema.organizations).values({ slug, name }).onConflictDoNothing().returning();
    if (!row) throw new Conflict(`an organization with slug ${slug} already exists: choose another name`);
    await tx.insert(schema.memberships).values({ organizationId: row.id, userId: access.user.id, role: 'OWNER' });
    return row;
  });
}
