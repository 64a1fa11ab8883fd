import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { requireRef, uploadProject } from '../../../domain/analyses/index.js';
import { Invalid } from '../../../domain/errors.js';
import { uploadReferenceRevision } from '../../../domain/gates/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf } from '../caller.js';
import { ERROR_RESPONSES, NewCodeReference, NewCodeReferenceQuery } from '../schemas.js';

/** What `plumb scan` asks before it uploads: the revision to diff its checkout against, for new coverage. */
export async function newCodeRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/new-code-reference',
    {
      schema: {
        tags: ['scanner'],
        operationId: 'scannerNewCodeReference',
        summary: "The revision an upload's new lines are taken against (its quality gate's reference)",
        description:
          "A pull request's: its base branch's latest completed analysis; any other: the project's baseline. " +
          '`revision` is null when there is none (the upload then has no new code to measure).',
        security: [{ bearer: [] }],
        querystring: NewCodeReferenceQuery,
        response: { 200: NewCodeReference, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const project = await uploadProject(store.db, callerOf(request));
      const { pullRequest, baseBranch } = request.query;
      if (pullRequest !== undefined && baseBranch === undefined)
        throw new Invalid('baseBranch', 'the branch the pull request targets, with pullRequest');
      if (pullRequest === undefined && baseBranch !== undefined)
        throw new Invalid('pullRequest', 'the pull request targeting baseBranch, with baseBranch');
      const revision = await uploadReferenceRevision(
        store.db,
        project.id,
        project.defaultBranch,
        pullRequest === undefined ? undefined : { pullRequest, baseBranch: requireRef('baseBranch', baseBranch!) },
      );
      return { revision: revision ?? null };
    },
  );
}
