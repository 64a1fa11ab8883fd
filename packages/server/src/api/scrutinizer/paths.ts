import type { FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { identitySegments, type Provider, type RepositoryIdentity } from '../../domain/projects/index.js';

/** One of the four ways a path names a repository, e.g. `g/{login}/{name}`. */
export interface RepositoryPathForm {
  provider: Provider;
  /** The route's path suffix, e.g. `g/:login/:name`. */
  path: string;
  params: Record<string, TSchema>;
  identity(params: Record<string, string>): RepositoryIdentity;
}

const segment = (description: string) => Type.String({ minLength: 1, description });

/**
 * The path forms of the seed; plain git names its parameter `{name}` under organizations and `{slug}` under
 * repositories.
 */
export function repositoryPathForms(plainGitParam: 'name' | 'slug'): RepositoryPathForm[] {
  return [
    {
      provider: 'g',
      path: 'g/:login/:name',
      params: { login: segment('GitHub login'), name: segment('repository name') },
      identity: (params) => ({ provider: 'g', instance: '', owner: params.login ?? '', name: params.name ?? '' }),
    },
    {
      provider: 'b',
      path: 'b/:username/:repoSlug',
      params: { username: segment('Bitbucket username'), repoSlug: segment('repository slug') },
      identity: (params) => ({
        provider: 'b',
        instance: '',
        owner: params.username ?? '',
        name: params.repoSlug ?? '',
      }),
    },
    {
      provider: 'gl',
      path: 'gl/:instanceSlug/:namespace/:name',
      params: {
        instanceSlug: segment('GitLab instance slug'),
        namespace: segment('GitLab namespace (nested groups URL-encoded: a%2Fb)'),
        name: segment('project name'),
      },
      identity: (params) => ({
        provider: 'gl',
        instance: params.instanceSlug ?? '',
        owner: params.namespace ?? '',
        name: params.name ?? '',
      }),
    },
    {
      provider: 'gp',
      path: `gp/:${plainGitParam}`,
      params: { [plainGitParam]: segment('plain-git repository name') },
      identity: (params) => ({ provider: 'gp', instance: '', owner: '', name: params[plainGitParam] ?? '' }),
    },
  ];
}

/** A repository's own path: its provider, then each segment naming it, URL-encoded. */
export function repositoryHref(identity: RepositoryIdentity): string {
  return `/api/repositories/${[identity.provider, ...identitySegments(identity).map(encodeURIComponent)].join('/')}`;
}

/** The repository a request's path names, in the form its route was registered with. */
export const identityOf = (form: RepositoryPathForm, request: FastifyRequest): RepositoryIdentity =>
  form.identity(request.params as Record<string, string>);

/** The `:uuid` path parameter (an inspection's, a hook's). */
export const uuidOf = (request: FastifyRequest): string => (request.params as { uuid: string }).uuid;
