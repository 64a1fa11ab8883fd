import { isNotNull } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { checkGitUrl, localGitRoots } from '../../git/url-policy.js';
import { identityProblem, qualifiedRepositoryName } from './identity.js';

/** A stored repository that today's rules refuse: added before they existed, or since the roots changed. */
export interface UnsafeRepository {
  uuid: string;
  /** e.g. `gp/../../tmp/x`, as stored. */
  qualifiedName: string;
  /** Why, naming the field: `name: …` or `git_url: …`. */
  reason: string;
}

/**
 * Every repository (a project with a git URL) whose identity or git URL the rules of `addRepository` refuse, for
 * the operator (the server warns about each on start). Projects without a git URL (a Qodana project named by its
 * team) are never fetched and keep their free-form names. Takes no caller: operator-only, like provisioning.
 */
export async function unsafeRepositories(
  db: Executor,
  roots: readonly string[] = localGitRoots(),
): Promise<UnsafeRepository[]> {
  const { projects } = schema;
  const rows = await db
    .select({
      uuid: projects.uuid,
      provider: projects.provider,
      instance: projects.instance,
      owner: projects.owner,
      name: projects.name,
      gitUrl: projects.gitUrl,
    })
    .from(projects)
    .where(isNotNull(projects.gitUrl))
    .orderBy(projects.id);
  const unsafe: UnsafeRepository[] = [];
  for (const row of rows) {
    const nameProblem = identityProblem(row);
    const urlProblem = checkGitUrl(row.gitUrl, roots);
    const reasons = [
      ...(nameProblem === undefined ? [] : [`name: ${nameProblem}`]),
      ...(urlProblem === undefined ? [] : [`git_url: ${urlProblem}`]),
    ];
    if (reasons.length > 0)
      unsafe.push({ uuid: row.uuid, qualifiedName: qualifiedRepositoryName(row), reason: reasons.join('; ') });
  }
  return unsafe;
}
