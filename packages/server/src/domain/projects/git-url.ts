import { Invalid } from '../errors.js';

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
