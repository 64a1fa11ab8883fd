// Which git URLs Plumb may hand to git. Pure (file system reads only, no child process), so the domain can
// validate a repository's URL with the very check the fetch applies again before running git.
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Network transports git may fetch over, by URL scheme. */
const NETWORK_SCHEMES = new Set(['https', 'http', 'ssh', 'git', 'git+ssh', 'ssh+git']);

const EXPECTED = 'expected a git URL such as https://my-host.com/team/web.git or git@my-host.com:team/web.git';
const LOCAL_ONLY_UNDER_ROOTS = 'file:// URLs and local paths are accepted only under PLUMB_LOCAL_GIT_ROOTS';

/** `scheme://…`; the scheme as RFC 3986 spells it. */
const URL_FORM = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s;
/** git's `transport::address` remote helpers (`ext::`, `fd::`, …), which can run commands. */
const REMOTE_HELPER = /^[A-Za-z0-9+.-]*::/;
/** scp-like `[user@]host:path`: a colon before any slash, as git reads it; the host never option-like. */
const SCP_FORM = /^(?:[A-Za-z0-9._~+-]+@)?(?:[A-Za-z0-9][A-Za-z0-9.-]*|\[[0-9A-Fa-f:.]+\]):(.+)$/s;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The directories under which `file://` URLs and local paths may be fetched: `PLUMB_LOCAL_GIT_ROOTS`, separated
 * by `:` like PATH, empty entries ignored, each resolved to an absolute path. None by default.
 */
export function localGitRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = (env.PLUMB_LOCAL_GIT_ROOTS ?? '')
    .split(':')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => path.resolve(entry));
  return [...new Set(roots)];
}

function realpathOrUndefined(target: string): string | undefined {
  try {
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

/** True when `inner` is `outer` or lies below it (both already real paths). */
function isWithin(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The reason a local path is refused, or undefined when its real path lies under one of the roots. */
function checkLocalPath(target: string, roots: readonly string[]): string | undefined {
  if (roots.length === 0) return LOCAL_ONLY_UNDER_ROOTS;
  const real = realpathOrUndefined(path.resolve(target));
  if (real === undefined) return `${LOCAL_ONLY_UNDER_ROOTS}; this path does not exist`;
  for (const root of roots) {
    const realRoot = realpathOrUndefined(root);
    if (realRoot !== undefined && isWithin(realRoot, real)) return undefined;
  }
  return `${LOCAL_ONLY_UNDER_ROOTS}; this path is not under any of them`;
}

/**
 * The reason git may not be handed this URL, or undefined when it may: `https://`, `http://`, `ssh://`,
 * `git://` and scp-like `user@host:path` are accepted; `file://` URLs and local paths only when their real path
 * (symbolic links resolved) lies under one of `roots`; anything else — other schemes, `transport::address`
 * remote helpers, option-like or multi-line values — is refused.
 */
export function checkGitUrl(url: unknown, roots: readonly string[]): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return EXPECTED;
  if (url !== url.trim()) return `${EXPECTED}, without leading or trailing spaces`;
  if (CONTROL.test(url)) return `${EXPECTED}, on one line without control characters`;
  if (url.startsWith('-')) return `${EXPECTED}; a value starting with "-" would be read as an option`;
  if (REMOTE_HELPER.test(url)) return `${EXPECTED}; transport::address remote helpers are not accepted`;
  const urlForm = URL_FORM.exec(url);
  if (urlForm) {
    const scheme = urlForm[1]!.toLowerCase();
    const rest = urlForm[2]!;
    if (scheme === 'file') {
      // git reads a file URL's path as is (no percent-decoding): accept only plain paths on this machine.
      const slash = rest.indexOf('/');
      const host = slash < 0 ? rest : rest.slice(0, slash);
      if (slash < 0 || (host !== '' && host !== 'localhost')) return `${EXPECTED}; a file:// URL names a local path`;
      const filePath = rest.slice(slash);
      if (/[%?#]/.test(filePath)) return `${EXPECTED}; a file:// URL with %, ? or # is not accepted`;
      return checkLocalPath(filePath, roots);
    }
    if (!NETWORK_SCHEMES.has(scheme)) return `${EXPECTED}; the ${scheme}:// scheme is not accepted`;
    if (/\s/.test(rest)) return `${EXPECTED}, without spaces`;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return EXPECTED;
    }
    if (parsed.hostname === '' || parsed.hostname.startsWith('-')) return `${EXPECTED}; the URL names no host`;
    return undefined;
  }
  const scp = SCP_FORM.exec(url);
  if (scp) {
    if (/\s/.test(url)) return `${EXPECTED}, without spaces`;
    return undefined;
  }
  return checkLocalPath(url, roots);
}

/** True when git reaches this URL over SSH (an `ssh://` URL or the scp-like form). */
export function isSshUrl(url: string): boolean {
  const urlForm = URL_FORM.exec(url);
  if (urlForm) return ['ssh', 'git+ssh', 'ssh+git'].includes(urlForm[1]!.toLowerCase());
  return !REMOTE_HELPER.test(url) && SCP_FORM.test(url);
}

/** True when the URL names a repository on this machine (a `file://` URL or a path). */
export function isLocalUrl(url: string): boolean {
  const urlForm = URL_FORM.exec(url);
  if (urlForm) return urlForm[1]!.toLowerCase() === 'file';
  return !SCP_FORM.test(url);
}

/**
 * The real path (symbolic links resolved) of the repository a `file://` URL or a local path names, as
 * `checkGitUrl` checked it; git is handed this path, so a link changed after the check cannot lead elsewhere.
 */
export function localRealPath(url: string): string {
  const urlForm = URL_FORM.exec(url);
  const rest = urlForm?.[2] ?? '';
  const target = urlForm ? rest.slice(rest.indexOf('/')) : url;
  return realpathSync(path.resolve(target));
}

/**
 * The URL with its credentials hidden: the user information of http(s) URLs (a token is often the user name),
 * and the password of any other URL.
 */
export function redactUrl(text: string): string {
  return text
    .replace(/\b(https?:\/\/)[^/@\s]+@/gi, '$1***@')
    .replace(/\b([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/:@\s]*):[^/@\s]*@/g, '$1:***@');
}
