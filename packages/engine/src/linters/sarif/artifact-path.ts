import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SarifArtifactLocation, SarifRun } from './model.js';

/** How deep `uriBaseId` chains are followed; SARIF forbids cycles, this guards against logs that have one. */
const MAX_BASE_DEPTH = 8;

const isAbsoluteUri = (uri: string) => /^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^[a-z]:[\\/]/i.test(uri);

/** Joins a location onto its base: relative URIs resolve against the base the way RFC 3986 says. */
function absolute(location: SarifArtifactLocation, run: SarifRun, depth = 0): string | undefined {
  const uri = location.uri ?? '';
  if (isAbsoluteUri(uri) || location.uriBaseId === undefined || depth > MAX_BASE_DEPTH) return uri;
  const base = run.uriBaseIds[location.uriBaseId];
  // An undefined base (CodeQL's %SRCROOT% is often left so) means "the root the log was made in": relative it stays.
  if (base === undefined) return uri;
  const baseUri = absolute(base, run, depth + 1) ?? '';
  if (baseUri === '') return uri;
  const withSlash = baseUri.endsWith('/') ? baseUri : `${baseUri}/`;
  return isAbsoluteUri(withSlash) ? new URL(uri, withSlash).href : path.posix.join(withSlash, uri);
}

/**
 * The analyzed-directory-relative POSIX path of a result's artifact, or undefined when it lies outside `root`
 * or names no file. `artifactLocation.index` refers into `run.artifacts`.
 */
export function artifactPath(
  location: SarifArtifactLocation | undefined,
  run: SarifRun,
  root: string,
): string | undefined {
  const resolved =
    location?.uri === undefined && location?.index !== undefined ? run.artifacts[location.index] : location;
  if (resolved?.uri === undefined) return undefined;
  const uri = absolute(resolved, run) ?? resolved.uri;
  let file: string;
  if (/^file:/i.test(uri)) file = fileURLToPath(uri);
  else if (isAbsoluteUri(uri)) return undefined;
  else file = decodeURIComponent(uri).replace(/\\/g, '/');
  const relative = path.isAbsolute(file)
    ? path.relative(root, file).split(path.sep).join('/')
    : path.posix.normalize(file);
  if (
    relative === '' ||
    relative === '.' ||
    relative.startsWith('../') ||
    relative === '..' ||
    path.isAbsolute(relative)
  )
    return undefined;
  return relative.replace(/^\.\//, '');
}
