import { checkGitUrl, isSshUrl, localGitRoots } from '../../git/url-policy.js';
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

const SEGMENT = /^[A-Za-z0-9_.-]{1,100}$/;
const SEGMENT_RULE =
  'letters, digits, "-", "_" and "." (not "." or ".." alone, not starting with "-"), at most 100 characters';

/**
 * The reason one segment of a repository identity (a login, a namespace part, a name, a GitLab instance) is
 * refused, or undefined: what GitHub, GitLab and Bitbucket allow, so a name can neither escape a directory nor
 * break a URL.
 */
export function identitySegmentProblem(segment: string): string | undefined {
  if (segment === '.' || segment === '..') return `"${segment}" is not a name`;
  if (segment.startsWith('-')) return 'a name may not start with "-"';
  if (!SEGMENT.test(segment)) return `each part of a name holds ${SEGMENT_RULE}`;
  return undefined;
}

function requireSegments(field: string, segments: readonly string[], expected: string): void {
  for (const segment of segments) {
    const problem = identitySegmentProblem(segment);
    if (problem !== undefined) throw new Invalid(field, `${expected}; ${problem}`);
  }
}

/** A plain-git repository's name: one segment, as `identitySegmentProblem` allows. */
export function requireRepositoryName(field: string, value: unknown): string {
  const expected = 'expected a repository name such as scrutinizer-ci-web';
  if (typeof value !== 'string') throw new Invalid(field, expected);
  const name = value.trim();
  requireSegments(field, [name], expected);
  return name;
}

/** The reason a stored identity is refused, or undefined when each of its segments is allowed. */
export function identityProblem(identity: RepositoryIdentity): string | undefined {
  const segments = [
    ...(identity.provider === 'gl' ? [identity.instance] : []),
    ...(identity.provider === 'gp' ? [] : identity.owner.split('/')),
    identity.name,
  ];
  if (identity.provider === 'gp' && identity.owner !== '') return 'a plain-git repository has no owner';
  if (identity.provider !== 'gl' && identity.owner.includes('/')) return 'the owner is one name';
  for (const segment of segments) {
    const problem = identitySegmentProblem(segment);
    if (problem !== undefined) return `${JSON.stringify(segment)}: ${problem}`;
  }
  return undefined;
}

/** Refuses an identity with a segment `identitySegmentProblem` refuses, naming the field. */
export function requireRepositoryIdentity(field: string, identity: RepositoryIdentity): RepositoryIdentity {
  const problem = identityProblem(identity);
  if (problem !== undefined) throw new Invalid(field, `expected a repository name of ${SEGMENT_RULE}; ${problem}`);
  return identity;
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
  requireSegments(field, rest, EXPECTED_QUALIFIED);
  if ((provider === 'g' || provider === 'b') && rest.length === 2)
    return { provider, instance: '', owner: rest[0]!, name: rest[1]! };
  if (provider === 'gl' && rest.length >= 3)
    return { provider, instance: rest[0]!, owner: rest.slice(1, -1).join('/'), name: rest.at(-1)! };
  if (provider === 'gp' && rest.length === 1) return { provider, instance: '', owner: '', name: rest[0]! };
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
  requireSegments(field, segments, expected);
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

/**
 * A clone URL git may be handed, as `checkGitUrl` decides: a network URL (https, http, ssh, git) or scp-like
 * `user@host:path`; a `file://` URL or a local path only under PLUMB_LOCAL_GIT_ROOTS. Refuses option-like values
 * and `transport::address` remote helpers, which would let a URL run commands.
 */
export function requireGitUrl(field: string, value: unknown, roots: readonly string[] = localGitRoots()): string {
  const text = typeof value === 'string' ? value.trim() : value;
  const problem = checkGitUrl(text, roots);
  if (problem !== undefined) throw new Invalid(field, problem);
  return text as string;
}

/**
 * The SSH key a git URL needs: required for an SSH URL (Scrutinizer's plain-git repositories are cloned over SSH),
 * optional for https and local repositories, where git would never use it. Answers the key, or undefined.
 */
export function requireSshKeyFor(gitUrl: string, field: string, value: unknown): string | undefined {
  const key = typeof value === 'string' && value.trim() !== '' ? value : undefined;
  if (key === undefined && isSshUrl(gitUrl)) throw new Invalid(field, 'is required to clone an SSH git_url');
  return key;
}
