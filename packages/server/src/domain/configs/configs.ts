import { asc, eq } from 'drizzle-orm';
import { parseDocument } from 'yaml';
import { schema, type Executor } from '../../store/index.js';
import { Conflict, Invalid } from '../errors.js';
import { requireName } from '../validate.js';

export type NamedConfig = typeof schema.configs.$inferSelect;
export type ConfigOwner = { organizationId: number } | { userId: number };

/** Stores a named YAML configuration owned by an organization or a user; the YAML must parse. */
export async function createConfig(
  db: Executor,
  owner: ConfigOwner,
  input: { name: unknown; yaml: unknown },
): Promise<NamedConfig> {
  const name = requireName('name', input.name);
  if (typeof input.yaml !== 'string') throw new Invalid('yaml', 'expected a YAML document as a string');
  const document = parseDocument(input.yaml);
  if (document.errors.length > 0)
    throw new Invalid('yaml', `expected valid YAML (${document.errors[0]!.message.split('\n')[0]})`);
  const [row] = await db
    .insert(schema.configs)
    .values({
      ...('organizationId' in owner ? { organizationId: owner.organizationId } : { userId: owner.userId }),
      name,
      yaml: input.yaml,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict(`a configuration named ${name} already exists`);
  return row;
}

export async function listConfigs(db: Executor, owner: ConfigOwner): Promise<NamedConfig[]> {
  const where =
    'organizationId' in owner
      ? eq(schema.configs.organizationId, owner.organizationId)
      : eq(schema.configs.userId, owner.userId);
  return db.select().from(schema.configs).where(where).orderBy(asc(schema.configs.name), asc(schema.configs.id));
}
