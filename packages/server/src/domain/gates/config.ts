import { eq } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Invalid } from '../errors.js';
import { DEFAULT_POLICY, POLICY_KEYS, requirePolicy, storedPolicy, type GatePolicy } from './policy.js';

const { gatePolicies } = schema;

/** An organization's gate: its switches and policy; `version` 0 and `configured` false for the defaults. */
export interface GateConfig {
  enabled: boolean;
  blockMergeOnFail: boolean;
  appliesToNewCodeOnly: boolean;
  policy: GatePolicy;
  version: number;
  configured: boolean;
}

const DEFAULT_SWITCHES = { enabled: true, blockMergeOnFail: false, appliesToNewCodeOnly: true } as const;

/** A configuration as sent: the policy and the switches, any of them left out. */
export interface GateConfigInput {
  policy?: unknown;
  enabled?: unknown;
  blockMergeOnFail?: unknown;
  appliesToNewCodeOnly?: unknown;
}

function toConfig(row: typeof gatePolicies.$inferSelect): GateConfig {
  return {
    enabled: row.enabled,
    blockMergeOnFail: row.blockMergeOnFail,
    appliesToNewCodeOnly: row.appliesToNewCodeOnly,
    policy: storedPolicy(row.policy),
    version: row.version,
    configured: true,
  };
}

/** The organization's gate, or the defaults when it never saved one; any member may read it. */
export async function getGateConfig(db: Executor, access: OrganizationAccess): Promise<GateConfig> {
  authorize(access, 'viewOrganization');
  return organizationGateConfig(db, access.organization.id);
}

/** The gate an organization's analyses are held to, for the evaluation that has no caller (an analysis ending). */
export async function organizationGateConfig(db: Executor, organizationId: number): Promise<GateConfig> {
  const [row] = await db.select().from(gatePolicies).where(eq(gatePolicies.organizationId, organizationId));
  return row ? toConfig(row) : { ...DEFAULT_SWITCHES, policy: { ...DEFAULT_POLICY }, version: 0, configured: false };
}

function requireSwitch(field: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw new Invalid(field, 'expected true or false');
  return value;
}

const sameConfig = (row: typeof gatePolicies.$inferSelect, next: Omit<GateConfig, 'version' | 'configured'>) =>
  row.enabled === next.enabled &&
  row.blockMergeOnFail === next.blockMergeOnFail &&
  row.appliesToNewCodeOnly === next.appliesToNewCodeOnly &&
  POLICY_KEYS.every((key) => storedPolicy(row.policy)[key] === next.policy[key]);

/**
 * Saves the organization's whole gate (OWNER or ADMIN): what is left out takes the default, not the value saved
 * before. The version rises by one when anything changed, and is 1 on the first save.
 */
export async function saveGateConfig(
  db: Executor,
  access: OrganizationAccess,
  input: GateConfigInput,
): Promise<GateConfig> {
  authorize(access, 'manageGate');
  const next = {
    policy: requirePolicy('policy', input.policy),
    enabled: requireSwitch('enabled', input.enabled, DEFAULT_SWITCHES.enabled),
    blockMergeOnFail: requireSwitch('block_merge_on_fail', input.blockMergeOnFail, DEFAULT_SWITCHES.blockMergeOnFail),
    appliesToNewCodeOnly: requireSwitch(
      'applies_to_new_code_only',
      input.appliesToNewCodeOnly,
      DEFAULT_SWITCHES.appliesToNewCodeOnly,
    ),
  };
  const organizationId = access.organization.id;
  const values = { ...next, policy: { ...next.policy }, updatedByUserId: access.principal.user?.id ?? null };
  return inTransaction(db, async (tx) => {
    // A concurrent first save may insert between the two statements: then its row is locked and updated below.
    await tx
      .insert(gatePolicies)
      .values({ organizationId, ...values, version: 0 })
      .onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(gatePolicies)
      .where(eq(gatePolicies.organizationId, organizationId))
      .for('update');
    if (row!.version > 0 && sameConfig(row!, next)) return toConfig(row!);
    const [saved] = await tx
      .update(gatePolicies)
      .set({ ...values, version: row!.version + 1, updatedAt: new Date() })
      .where(eq(gatePolicies.organizationId, organizationId))
      .returning();
    return toConfig(saved!);
  });
}
