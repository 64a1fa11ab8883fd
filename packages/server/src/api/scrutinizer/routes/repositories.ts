import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SurfaceOptions } from '../../surface.js';
import { AuthQuery, RepositorySchema, routeSchema } from '../schemas.js';
import { Type, type TSchema } from 'typebox';
import { organizationAccess, type PersonalAccess } from '../../../domain/access/index.js';
import { readableRepositoryWithApplications } from '../../../domain/analyses/index.js';
import { Invalid } from '../../../domain/errors.js';
import {
  addRepository,
  parseOwnerAndName,
  requireGitUrl,
  requireSshKeyFor,
  requireRepositoryIdentity,
  requireRepositoryName,
  type Repository,
  type RepositoryIdentity,
} from '../../../domain/projects/index.js';
import { callerOf } from '../caller.js';
import { repositoryHref, repositoryPathForms } from '../paths.js';
import { repositoryJson } from '../views.js';

const CommonFields = {
  organization: Type.Optional(
    Type.String({ minLength: 1, description: "The organization's slug to associate the repository with." }),
  ),
  config: Type.Optional(Type.String({ description: 'The initial configuration as YAML.' })),
  global_config: Type.Optional(
    Type.String({
      minLength: 1,
      description: 'The uuid of an organization configuration (or, without organization, a user configuration).',
    }),
  ),
};

interface AddedFields {
  name: string;
  organization?: string;
  config?: string;
  global_config?: string;
}

/** How each provider's add request names the repository and where it is cloned from. */
interface ProviderAdd {
  provider: 'g' | 'b' | 'gl' | 'gp';
  summary: string;
  body: Record<string, TSchema>;
  source(
    body: Record<string, unknown>,
    secrets: SurfaceOptions['secrets'],
  ): { identity: RepositoryIdentity; gitUrl: string; sshKeySealed?: string };
}

const hosted = (provider: 'g' | 'b', host: string, body: Record<string, unknown>) => {
  const { owner, name } = parseOwnerAndName('name', body.name, false);
  return { identity: { provider, instance: '', owner, name }, gitUrl: `https://${host}/${owner}/${name}.git` };
};

const PROVIDER_ADDS: ProviderAdd[] = [
  {
    provider: 'g',
    summary: 'Add a GitHub repository',
    body: { name: Type.String({ minLength: 1, description: 'login/name, e.g. scrutinizer-ci/web' }) },
    source: (body) => hosted('g', 'github.com', body),
  },
  {
    provider: 'b',
    summary: 'Add a Bitbucket repository',
    body: { name: Type.String({ minLength: 1, description: 'username/repo_slug, e.g. scrutinizer-ci/web' }) },
    source: (body) => hosted('b', 'bitbucket.org', body),
  },
  {
    provider: 'gl',
    summary: 'Add a GitLab repository',
    body: {
      name: Type.String({ minLength: 1, description: 'namespace/name, e.g. my-group/web (nested groups allowed)' }),
      instance_slug: Type.Optional(
        Type.String({
          minLength: 1,
          default: 'gitlab-com',
          description: 'The GitLab instance; gitlab-com for gitlab.com.',
        }),
      ),
      git_url: Type.Optional(
        Type.String({ minLength: 1, description: 'Clone URL; required for a self-managed instance.' }),
      ),
    },
    source: (body) => {
      const { owner, name } = parseOwnerAndName('name', body.name, true);
      const instance = typeof body.instance_slug === 'string' ? body.instance_slug : 'gitlab-com';
      if (body.git_url === undefined && instance !== 'gitlab-com')
        throw new Invalid('git_url', 'is required for a self-managed GitLab instance');
      const gitUrl =
        body.git_url === undefined ? `https://gitlab.com/${owner}/${name}.git` : requireGitUrl('git_url', body.git_url);
      return {
        identity: requireRepositoryIdentity('instance_slug', { provider: 'gl', instance, owner, name }),
        gitUrl,
      };
    },
  },
  {
    provider: 'gp',
    summary: 'Add a plain-git repository',
    body: {
      name: Type.String({ minLength: 1, description: 'The repository name, e.g. scrutinizer-ci-web' }),
      git_url: Type.String({ minLength: 1, description: 'Clone URL, e.g. git@my-host.com:scrutinizer-ci-web.git' }),
      ssh_key: Type.Optional(
        Type.String({
          description:
            'SSH private key for cloning; required for an SSH git_url, optional for https and local ones (Plumb ' +
            'relaxes the seed there, since git would not use it). Stored encrypted, never returned.',
        }),
      ),
    },
    source: (body, secrets) => {
      const gitUrl = requireGitUrl('git_url', body.git_url);
      const sshKey = requireSshKeyFor(gitUrl, 'ssh_key', body.ssh_key);
      return {
        identity: { provider: 'gp', instance: '', owner: '', name: requireRepositoryName('name', body.name) },
        gitUrl,
        ...(sshKey === undefined ? {} : { sshKeySealed: secrets.seal(sshKey) }),
      };
    },
  },
];

/** Adds the repository to the organization the body names, or as the caller's own without one. */
async function addAs(
  deps: SurfaceOptions,
  caller: PersonalAccess,
  fields: AddedFields,
  source: ReturnType<ProviderAdd['source']>,
): Promise<Repository> {
  const access =
    fields.organization === undefined
      ? caller
      : await organizationAccess(deps.store.db, caller.principal, fields.organization);
  return addRepository(deps.store.db, access, {
    ...source,
    ...(fields.config === undefined ? {} : { config: fields.config }),
    ...(fields.global_config === undefined ? {} : { globalConfigUuid: fields.global_config }),
  });
}

export async function repositoryRoutes(parent: FastifyInstance, deps: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  for (const form of repositoryPathForms('slug')) {
    app.get(
      `/repositories/${form.path}`,
      {
        schema: routeSchema({
          summary: `Repository details (${form.provider})`,
          description:
            "`applications` lists, per branch, its latest index and that inspection's build; `{}` until the " +
            'repository has been analyzed.',
          params: Type.Object(form.params),
          querystring: AuthQuery,
          response: { 200: RepositorySchema },
        }),
      },
      async (request) => {
        const { repository, applications } = await readableRepositoryWithApplications(
          deps.store.db,
          callerOf(request),
          form.identity(request.params as Record<string, string>),
        );
        return repositoryJson(repository, applications);
      },
    );
  }

  for (const add of PROVIDER_ADDS) {
    app.post(
      `/repositories/${add.provider}`,
      {
        schema: routeSchema({
          summary: add.summary,
          querystring: AuthQuery,
          body: Type.Object({ ...add.body, ...CommonFields }),
          response: { 201: RepositorySchema },
        }),
      },
      async (request, reply) => {
        const body = request.body as AddedFields & Record<string, unknown>;
        const repository = await addAs(deps, callerOf(request), body, add.source(body, deps.secrets));
        return reply.status(201).header('location', repositoryHref(repository)).send(repositoryJson(repository));
      },
    );
  }
}
