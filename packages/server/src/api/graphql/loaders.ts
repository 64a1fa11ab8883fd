import { latestCompletedAnalyses } from '../../domain/analyses/index.js';
import {
  findUserOrganizationsByIds,
  membersOfOrganizations,
  type OrganizationMember,
} from '../../domain/orgs/index.js';
import type { Project } from '../../domain/projects/index.js';
import type { AnalysisParent } from './resolvers/analyses.js';
import { groupView, membershipView, type GroupView } from './resolvers/groups.js';
import type { CodigaContext } from './resolvers/types.js';
import { membershipLevel, userView } from './views.js';

interface Query<Parent, Params> {
  obj: Parent;
  params: Params;
}

/** Groups a batch of queries by the value of one argument, keeping each query's position. */
function byArgument<Parent, Params>(queries: readonly Query<Parent, Params>[], key: (params: Params) => string) {
  const groups = new Map<string, { positions: number[]; queries: Query<Parent, Params>[] }>();
  queries.forEach((query, position) => {
    const group = groups.get(key(query.params)) ?? { positions: [], queries: [] };
    group.positions.push(position);
    group.queries.push(query);
    groups.set(key(query.params), group);
  });
  return [...groups.values()];
}

/** A loader of a field read from each group's members: one query for every group of the answer. */
function fromMembers<Answer>(answer: (members: OrganizationMember[], context: CodigaContext) => Answer) {
  return async (queries: Query<GroupView, unknown>[], context: CodigaContext): Promise<Answer[]> => {
    const ids = [...new Set(queries.map((query) => query.obj.id))];
    const members = await membersOfOrganizations(context.db, context.caller, ids);
    return queries.map((query) => answer(members.get(query.obj.id) ?? [], context));
  };
}

/**
 * Mercurius loaders: the fields a list asks for once per item, resolved for the whole list at once, so a page of
 * 100 projects with their last analysis costs the same few queries as a page of one.
 */
export const LOADERS = {
  Project: {
    /** Two queries per distinct `branch` argument (docs/api/codiga.md). */
    async lastAnalysis(
      queries: Query<Project, { branch?: string | null }>[],
      context: CodigaContext,
    ): Promise<(AnalysisParent | null)[]> {
      const answers: (AnalysisParent | null)[] = queries.map(() => null);
      for (const group of byArgument(queries, (params) => JSON.stringify(params.branch ?? null))) {
        const projects = group.queries.map((query) => query.obj);
        const branch = group.queries[0]!.params.branch ?? undefined;
        const latest = await latestCompletedAnalyses(context.db, projects, branch);
        group.positions.forEach((position, index) => {
          const project = projects[index]!;
          const view = latest.get(project.id);
          answers[position] = view ? { ...view, project } : null;
        });
      }
      return answers;
    },
    /** The organization (Codiga's group) of each project, in one query; a user's own project has none. */
    async group(queries: Query<Project, unknown>[], context: CodigaContext) {
      const ids = queries.flatMap((query) => (query.obj.organizationId === null ? [] : [query.obj.organizationId]));
      const organizations = await findUserOrganizationsByIds(context.db, context.caller, [...new Set(ids)]);
      return queries.map((query) => {
        const organization =
          query.obj.organizationId === null ? undefined : organizations.get(query.obj.organizationId);
        return organization ? groupView(organization) : null;
      });
    },
  },
  Group: {
    members: fromMembers((members) => members.map(membershipView)),
    owner: fromMembers((members) => {
      const owner = members.find((member) => member.role === 'OWNER');
      return owner ? userView(owner.user) : null;
    }),
    canAdmin: fromMembers((members, context) =>
      members.some((member) => member.userId === context.caller.user.id && membershipLevel(member.role) === 'Admin'),
    ),
  },
};
