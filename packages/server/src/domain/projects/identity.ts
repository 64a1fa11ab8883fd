import { Invalid } from '../errors.js';
import type { Provider } from './projects.js';

/** What names a repository inside one owner (organization or user): provider, GitLab instance, owner, name. */
export interface RepositoryIdentity {
  provider: Provider;
  /** GitLab instance slug; empty for the other providers. */
  instance: string;
  /** GitHub login, Bitbucket username or GitLab namespace; empty for plain git. */
  owner: string;
  name: string;
}

const EXPECTED_QUALIFIED =
  'expected a qualified repository name such as g/login/name, b/username/repo, gl/instance/namespace/name or gp/name';

/**
 * Parses a qualified name: `g/{login}/{name}`, `b/{username}/{repoSlug}`, `gl/{instance}/{namespace…}/{name}`,
 * `gp/{name}`.
 */
export function parseQualifiedRepositoryName(field: string, value: unknown): RepositoryIdentity {
  if (typeof value !== 'string') throw new Invalid(field, EXPECTED_QUALIFIED);
  const [provider, ...rest] = value.trim().split('/');
  if (rest.some((segment) => segment === '')) throw new Invalid(field, EXPECTED_QUALIFIED);
  if ((provider === 'g' || provider === 'b') && rest.length === 2)
    return { provider, instance: '', owner: rest[0]!, name: rest[1]! };
  if (provider === 'gl' && rest.length >= 3)
    return { provider, instance: rest[0]!, owner: rest.slice(1, -1).join('/'), name: rest.at(-1)! };
  if (provider === 'gp' && rest.length >= 1) return { provider, instance: '', owner: '', name: rest.join('/') };
  throw new Invalid(field, EXPECTED_QUALIFIED);
}

/** Splits `owner/name` (GitHub, Bitbucket) or `namespace/…/name` (GitLab) as given when adding a repository. */
export function parseOwnerAndName(
  field: string,
  value: unknown,
  nestedOwner: boolean,
): { owner: string; name: string } {
  const expected = nestedOwner
    ? 'expected namespace/name such as my-group/web'
    : 'expected owner/name such as scrutinizer-ci/web';
  if (typeof value !== 'string') throw new Invalid(field, expected);
  const segments = value.trim().split('/');
  if (segments.length < 2 || (!nestedOwner && segments.length > 2) || segments.some((segment) => segment === ''))
    throw new Invalid(field, expected);
  return { owner: segments.slice(0, -1).join('/'), name: segments.at(-1)! };
}

/** What names a repository after its provider: `[owner, name]`, `[instance, namespace, name]` or `[name]`. */
export function identitySegments(identity: RepositoryIdentity): string[] {
  return {
    g: [identity.owner, identity.name],
    b: [identity.owner, identity.name],
    gl: [identity.instance, identity.owner, identity.name],
    gp: [identity.name],
  }[identity.provider];
}

/** The qualified name of an identity, e.g. `g/acme/web`. */
export function qualifiedRepositoryName(identity: RepositoryIdentity): string {
  return [identity.provider, ...identitySegments(identity)].join('/');
}

const URL_FORM = /^(?:ssh|git|https?|file):\/\/[^\s]+$/;
const SCP_FORM = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\s]+$/;

/**
 * A clone URL git may be handed: a URL (ssh, git, http, https, file) or scp-like `user@host:path`.
 * Refuses option-like values and `transport::address` remote helpers, which would let a URL run commands.
 */
export function requireGitUrl(field: string, value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.startsWith('-') || text.includes('::') || !(URL_FORM.test(text) || SCP_FORM.test(text))) {
    throw new Invalid(
      field,
      'expected a git URL such as git@my-host.com:team/web.git or https://my-host.com/team/web.git',
    );
  }
  return text;
}
