import { ConfigError, parseConfig } from '@plumb/engine';
import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { requireRef } from '../analyses/index.js';
import { requireYaml } from '../configs/index.js';
import { Invalid, NotFound } from '../errors.js';
import { findProjectsByIds, type Project } from '../projects/index.js';

/** What a project's settings page shows and changes: its branches and its stored configuration. */
export interface ProjectSettings {
  defaultBranch: string;
  trackedBranches: string[];
  /** The YAML configuration kept with the project (Scrutinizer's repository `config`); empty for none. */
  configYaml: string;
  /** The `.plumb.yml` its analyses use instead of the checkout's own; empty to use the checkout's. */
  plumbConfig: string;
}

export interface ProjectSettingsInput {
  defaultBranch?: unknown;
  trackedBranches?: unknown;
  configYaml?: unknown;
  plumbConfig?: unknown;
}

const settingsOf = (project: Project): ProjectSettings => ({
  defaultBranch: project.defaultBranch,
  trackedBranches: project.trackedBranches,
  configYaml: project.configYaml,
  plumbConfig: project.plumbConfig ?? '',
});

async function organizationProject(db: Executor, access: OrganizationAccess, projectId: number): Promise<Project> {
  const project = (await findProjectsByIds(db, access, [projectId])).get(projectId);
  if (!project) throw new NotFound('project');
  return project;
}

/** A project's settings; any member of its organization reads them. */
export async function projectSettings(
  db: Executor,
  access: OrganizationAccess,
  projectId: number,
): Promise<ProjectSettings> {
  return settingsOf(await organizationProject(db, access, projectId));
}

function requireBranches(value: unknown): string[] {
  if (!Array.isArray(value)) throw new Invalid('trackedBranches', 'expected a list of branch names');
  return [...new Set(value.map((branch, index) => requireRef(`trackedBranches[${index}]`, String(branch))))];
}

/** A `.plumb.yml` override as the engine reads it: its own error (`.plumb.yml: rules.x: …`) names what is wrong. */
function requirePlumbConfig(value: unknown): string | null {
  if (typeof value !== 'string') throw new Invalid('plumbConfig', 'expected the text of a .plumb.yml');
  if (value.trim() === '') return null;
  try {
    parseConfig(value, '.plumb.yml');
  } catch (error) {
    if (error instanceof ConfigError) throw new Invalid('plumbConfig', error.message);
    throw error;
  }
  return value;
}

/**
 * Changes a project's default branch, tracked branches, configuration and `.plumb.yml` override (OWNER or ADMIN);
 * what is left out keeps its value. The configuration must parse as YAML, as when the repository was added with it;
 * the override must be a `.plumb.yml` the engine accepts (empty text removes it).
 */
export async function updateProjectSettings(
  db: Executor,
  access: OrganizationAccess,
  projectId: number,
  input: ProjectSettingsInput,
): Promise<ProjectSettings> {
  authorize(access, 'manageConfigs');
  const project = await organizationProject(db, access, projectId);
  const next = settingsOf(project);
  if (input.defaultBranch !== undefined && input.defaultBranch !== null)
    next.defaultBranch = requireRef('defaultBranch', String(input.defaultBranch));
  if (input.trackedBranches !== undefined && input.trackedBranches !== null)
    next.trackedBranches = requireBranches(input.trackedBranches);
  if (input.configYaml !== undefined && input.configYaml !== null) {
    if (typeof input.configYaml !== 'string') throw new Invalid('configYaml', 'expected YAML text');
    requireYaml('configYaml', input.configYaml);
    next.configYaml = input.configYaml;
  }
  const { plumbConfig, ...columns } = next;
  const changes: Partial<typeof schema.projects.$inferInsert> = columns;
  if (input.plumbConfig !== undefined && input.plumbConfig !== null) {
    const override = requirePlumbConfig(input.plumbConfig);
    if (override !== project.plumbConfig)
      Object.assign(changes, { plumbConfig: override, plumbConfigChangedAt: new Date() });
    next.plumbConfig = override ?? '';
  } else next.plumbConfig = plumbConfig;
  await db.update(schema.projects).set(changes).where(eq(schema.projects.id, project.id));
  return next;
}
