import { latestCompletedAnalyses } from '../../domain/analyses/index.js';
import type { Project } from '../../domain/projects/index.js';
import type { AnalysisParent } from './resolvers/analyses.js';
import type { CodigaContext } from './resolvers/types.js';

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
  },
};
