import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import { authorize, isOrganizationAccess, type Principal } from '../access/index.js';
import { setIssuesStatus } from '../analyses/issues.js';
import { Invalid, NotFound } from '../errors.js';
import { projectForCaller } from '../projects/index.js';
import { requireName } from '../validate.js';
import { ignoreIssues, issuesCovered, remember } from './ignored-issues.js';
import type { ViolationIgnore } from './match.js';

const { ignoredIssues, issues, violationIgnores } = schema;

/** Which rule an ignore silences, and where: the whole project unless a language, a file or a prefix is named. */
export interface IgnoreIdentity {
  projectId: number;
  rule: string;
  tool: string;
  language?: string | null | undefined;
  filename?: string | null | undefined;
  prefix?: string | null | undefined;
}

function requirePath(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value === '' || value.length > 1000 || value.startsWith('/') || value.includes('\\') || value.includes('\0'))
    throw new Invalid(field, 'expected a path relative to the repository root, with / separators');
  return value;
}

function requireLanguage(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!/^[A-Za-z][A-Za-z0-9+#]{0,39}$/.test(value)) throw new Invalid('language', 'expected a language such as Python');
  return value;
}

function identityOf(projectId: number, input: IgnoreIdentity) {
  return {
    projectId,
    rule: requireName('rule', input.rule, 300),
    tool: requireName('tool', input.tool, 100),
    language: requireLanguage(input.language),
    filename: requirePath('filename', input.filename),
    prefix: requirePath('prefix', input.prefix),
  };
}

/** The project the caller administers: OWNER or ADMIN of its organization, or its owner outside organizations. */
async function administeredProject(db: Executor, principal: Principal, projectId: number) {
  const { project, access } = await projectForCaller(db, principal, projectId);
  if (isOrganizationAccess(access)) authorize(access, 'manageIgnores');
  return project;
}

const sameIdentity = (identity: ReturnType<typeof identityOf>) =>
  and(
    eq(violationIgnores.projectId, identity.projectId),
    eq(violationIgnores.rule, identity.rule),
    eq(violationIgnores.tool, identity.tool),
    identity.language === null ? isNull(violationIgnores.language) : eq(violationIgnores.language, identity.language),
    identity.filename === null ? isNull(violationIgnores.filename) : eq(violationIgnores.filename, identity.filename),
    identity.prefix === null ? isNull(violationIgnores.prefix) : eq(violationIgnores.prefix, identity.prefix),
  );

/**
 * Stops reporting a rule in a project (Codiga's addViolationToIgnore): its open issues become ignored now, and later
 * analyses store its findings as ignored. Adding an ignore that exists answers it unchanged.
 */
export async function addViolationIgnore(
  db: Executor,
  principal: Principal,
  input: IgnoreIdentity & { description?: string | null | undefined },
): Promise<ViolationIgnore> {
  const project = await administeredProject(db, principal, input.projectId);
  const identity = identityOf(project.id, input);
  const description =
    input.description === null || input.description === undefined
      ? null
      : requireName('description', input.description, 2000);
  return inTransaction(db, async (tx) => {
    const [added] = await tx
      .insert(violationIgnores)
      .values({ ...identity, description, createdByUserId: principal.user?.id ?? null })
      .onConflictDoNothing()
      .returning();
    if (!added) return (await tx.select().from(violationIgnores).where(sameIdentity(identity)))[0]!;
    await ignoreIssues(tx, project.id, await issuesCovered(tx, project.id, [added], ['open', 'reopened']));
    return added;
  });
}

/**
 * Reports a rule again (Codiga's removeViolationToIgnore): the issues the ignore made ignored are open again, unless
 * another ignore of the project still covers them. An ignore that does not exist is NotFound.
 */
export async function removeViolationIgnore(db: Executor, principal: Principal, input: IgnoreIdentity): Promise<void> {
  const project = await administeredProject(db, principal, input.projectId);
  const identity = identityOf(project.id, input);
  await inTransaction(db, async (tx) => {
    const [removed] = await tx.select().from(violationIgnores).where(sameIdentity(identity));
    if (!removed) throw new NotFound('violation ignore');
    const held = await tx
      .select({ issueId: ignoredIssues.issueId })
      .from(ignoredIssues)
      .innerJoin(issues, eq(issues.id, ignoredIssues.issueId))
      .where(and(eq(ignoredIssues.ignoreId, removed.id), eq(issues.status, 'ignored')));
    await tx.delete(violationIgnores).where(eq(violationIgnores.id, removed.id));
    const others = await projectIgnores(tx, project.id);
    const stillCovered = await issuesCovered(tx, project.id, others, ['ignored']);
    const reopened: number[] = [];
    for (const { issueId } of held) {
      const other = stillCovered.get(issueId);
      if (other) await remember(tx, other.id, [issueId]);
      else reopened.push(issueId);
    }
    await setIssuesStatus(tx, project.id, reopened, { status: 'open', reason: null, userId: null });
  });
}

/** Every ignore of a project, oldest first: what the pipeline applies to each analysis. */
export function projectIgnores(db: Executor, projectId: number): Promise<ViolationIgnore[]> {
  return db
    .select()
    .from(violationIgnores)
    .where(eq(violationIgnores.projectId, projectId))
    .orderBy(asc(violationIgnores.id));
}

/**
 * The ignores of projects the caller was already given (a loader's batch), in one query; oldest first per project.
 */
export async function ignoresOfProjects(
  db: Executor,
  projectIds: readonly number[],
): Promise<Map<number, ViolationIgnore[]>> {
  const byProject = new Map<number, ViolationIgnore[]>(projectIds.map((id) => [id, []]));
  if (projectIds.length === 0) return byProject;
  const rows = await db
    .select()
    .from(violationIgnores)
    .where(inArray(violationIgnores.projectId, [...projectIds]))
    .orderBy(asc(violationIgnores.id));
  for (const row of rows) byProject.get(row.projectId)?.push(row);
  return byProject;
}
