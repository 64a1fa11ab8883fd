import { eq } from 'drizzle-orm';
import { parseDocument } from 'yaml';
import { schema, type Executor } from '../../store/index.js';
import { authorize, isOrganizationAccess, type OrganizationAccess, type PersonalAccess } from '../access/index.js';
import { conditionsFromConfig } from '../build-conditions/index.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { rowByUuid, rowsByIds } from '../lookups.js';
import { pageOfTable, type Keyset, type Page, type PageRequest } from '../paging.js';
import { requireName } from '../validate.js';
import { layerConfigYaml, requireYaml } from './merge.js';

export type NamedConfig = typeof schema.configs.$inferSelect;

/** An organization's configurations (any member reads them) or a user's own. */
export type ConfigOwner = OrganizationAccess | PersonalAccess;

const { configs } = schema;

function ownedBy(owner: ConfigOwner) {
  if (!isOrganizationAccess(owner)) return eq(configs.userId, owner.user.id);
  authorize(owner, 'viewOrganization');
  return eq(configs.organizationId, owner.organization.id);
}

const byName: Keyset<NamedConfig> = {
  columns: [
    { column: configs.name, text: true },
    { column: configs.id, text: false },
  ],
  valuesOf: (config) => [config.name, config.id],
};

/** Stores a named YAML configuration owned by an organization or a user; the YAML must parse. */
export async function createConfig(
  db: Executor,
  owner: ConfigOwner,
  input: { name: unknown; yaml: unknown },
): Promise<NamedConfig> {
  if (isOrganizationAccess(owner)) authorize(owner, 'manageConfigs');
  const name = requireName('name', input.name);
  if (typeof input.yaml !== 'string') throw new Invalid('yaml', 'expected a YAML document as a string');
  const document = parseDocument(input.yaml);
  if (document.errors.length > 0)
    throw new Invalid('yaml', `expected valid YAML (${document.errors[0]!.message.split('\n')[0]})`);
  conditionsFromConfig(input.yaml);
  const [row] = await db
    .insert(configs)
    .values({
      ...(isOrganizationAccess(owner) ? { organizationId: owner.organization.id } : { userId: owner.user.id }),
      name,
      yaml: input.yaml,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict(`a configuration named ${name} already exists`);
  return row;
}

/** The owner's named configurations, one page, ordered by name (byte order), then by creation. */
export async function listConfigs(db: Executor, owner: ConfigOwner, page: PageRequest): Promise<Page<NamedConfig>> {
  return pageOfTable(db, configs, ownedBy(owner), byName, page);
}

/** The owner's configuration with this uuid; anyone else's (or a malformed uuid) is NotFound. */
export async function findConfig(db: Executor, owner: ConfigOwner, configUuid: string): Promise<NamedConfig> {
  return rowByUuid(db, configs, ownedBy(owner), configUuid, 'configuration');
}

/** The owner's configurations by id, for loaders that resolve many at once; other ids are left out. */
export async function findConfigsByIds(
  db: Executor,
  owner: ConfigOwner,
  ids: readonly number[],
): Promise<Map<number, NamedConfig>> {
  return rowsByIds(db, configs, ownedBy(owner), ids);
}

/**
 * A repository's configuration: its own YAML, laid over one of the owner's named configurations when it names one.
 * Its build failure conditions must parse (Invalid names the condition: `build_failure_conditions[2]`).
 */
export async function configurationFor(
  db: Executor,
  owner: ConfigOwner,
  ownYaml: string,
  globalConfigUuid: string | undefined,
): Promise<string> {
  requireYaml('config', ownYaml);
  conditionsFromConfig(ownYaml);
  if (globalConfigUuid === undefined) return ownYaml;
  try {
    const shared = await findConfig(db, owner, globalConfigUuid);
    return withConditions(layerConfigYaml(shared.yaml, ownYaml));
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    const whose = isOrganizationAccess(owner) ? "the organization's configurations" : 'your configurations';
    throw new Invalid('global_config', `expected the uuid of one of ${whose}`);
  }
}

/** The configuration as given, once its build failure conditions parse (a shared one may predate the check). */
function withConditions(yaml: string): string {
  conditionsFromConfig(yaml);
  return yaml;
}
