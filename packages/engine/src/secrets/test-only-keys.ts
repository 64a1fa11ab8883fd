import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { UntrackedFinding } from '../findings/types.js';
import type { TextFile } from '../walk/walker.js';

const PRIVATE_KEY_RULE = 'secrets/private-key';
/** A shorter name (`key`, `ca`) is found in too many files to say who uses the key. */
const MIN_NAME_LENGTH = 5;
/** Files larger than this are data, not the code or configuration that would load a key. */
const MAX_READ = 1024 * 1024;
/** Files that stand up a test or demonstration environment: CI workflows, containers, compose files. */
const TEST_ENVIRONMENT_FILE = new RegExp(
  String.raw`(?:^|/)(?:\.github/workflows/[^/]+|\.gitlab-ci\.ya?ml|\.travis\.ya?ml|\.circleci/[^/]+|` +
    String.raw`azure-pipelines\.ya?ml|Jenkinsfile|(?:[\w.-]*\.)?(?:Dockerfile|Containerfile)(?:\.[\w-]+)?|` +
    String.raw`(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml)$`,
  'i',
);
/** Default names of key files, which code names for reasons of its own: such a name counts with its folder's. */
const DEFAULT_KEY_NAME =
  /^(?:id_(?:rsa|dsa|ecdsa|ed25519)|(?:server|private|priv|client)[._-]?key(?:\.pem)?|key\.pem)$/i;

export interface KeyUsers {
  /** Every text and source file of the analysis, which may name the key file. */
  files: readonly TextFile[];
  /** Test code by the analysis's own settings (`tests:` of `.plumb.yml` and the conventions). */
  isTestCode: (filename: string) => boolean;
}

/** Whether a file only a test, a CI job or a container would read: a user of a test key. */
function isTestSide(filename: string, isTestCode: (filename: string) => boolean): boolean {
  return isTestCode(filename) || TEST_ENVIRONMENT_FILE.test(filename);
}

/** Whether a text names the key file: its name, and its folder's too when the name is a default one (`id_rsa`). */
function names(text: string, keyFile: string): boolean {
  const name = path.posix.basename(keyFile);
  if (!text.includes(name)) return false;
  const folder = path.posix.basename(path.posix.dirname(keyFile));
  return !DEFAULT_KEY_NAME.test(name) || (folder !== '.' && text.includes(folder));
}

function readSmall(file: TextFile): string {
  try {
    return statSync(file.absolutePath).size > MAX_READ ? '' : readFileSync(file.absolutePath, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Private keys committed as key files (`test_files/sftp/id_rsa`, `.docker/ssh_key_rsa`) that only tests, CI jobs,
 * containers name: a test server's host key or a test client's key, made to be public. A key file no file names, or
 * one that main code or the documentation names, is still reported. `findings` are those of text files (not source).
 */
export function dropTestOnlyKeys(findings: readonly UntrackedFinding[], users: KeyUsers): UntrackedFinding[] {
  const keyFiles = new Set(
    findings
      .filter((finding) => finding.tool === 'plumb' && finding.rule === PRIVATE_KEY_RULE)
      .map((finding) => finding.filename)
      .filter((filename) => path.posix.basename(filename).length >= MIN_NAME_LENGTH),
  );
  if (keyFiles.size === 0) return [...findings];
  const named = new Map([...keyFiles].map((filename) => [filename, { byTests: false, byMain: false }]));
  for (const file of users.files) {
    const text = readSmall(file);
    if (text === '') continue;
    const testSide = isTestSide(file.filename, users.isTestCode);
    for (const [keyFile, readers] of named) {
      if (keyFile === file.filename || !names(text, keyFile)) continue;
      if (testSide) readers.byTests = true;
      else readers.byMain = true;
    }
  }
  return findings.filter((finding) => {
    const readers = named.get(finding.filename);
    return !(finding.tool === 'plumb' && finding.rule === PRIVATE_KEY_RULE && readers?.byTests && !readers.byMain);
  });
}
