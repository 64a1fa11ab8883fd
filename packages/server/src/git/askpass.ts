// An HTTPS user name and password handed to git without putting them in its arguments, a URL, the environment or
// git's configuration: GIT_ASKPASS names a script that prints them from 0600 files of a 0700 directory, removed
// as soon as the git run ends.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface HttpCredential {
  username: string;
  password: string;
}

export interface AskpassSetup {
  /** What git's environment gains: GIT_ASKPASS (a path; the secrets are in files beside it). */
  env: Record<string, string>;
  /** Put before git's subcommand: no credential helper is asked, nor stores what was typed. */
  args: string[];
  /** Removes the script and the files; call it when git has ended, whatever the outcome. */
  remove(): Promise<void>;
}

// git calls it with its prompt ("Username for 'https://host': ", "Password for …"); it answers the file's line.
const SCRIPT = `#!/bin/sh
dir=$(dirname "$0")
case "$1" in
  Username*) cat "$dir/username" ;;
  *) cat "$dir/password" ;;
esac
`;

export async function prepareAskpass(credential: HttpCredential): Promise<AskpassSetup> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-askpass-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await chmod(dir, 0o700);
    await writeFile(path.join(dir, 'username'), credential.username, { mode: 0o600 });
    await writeFile(path.join(dir, 'password'), credential.password, { mode: 0o600 });
    const script = path.join(dir, 'askpass');
    await writeFile(script, SCRIPT, { mode: 0o700 });
    return { env: { GIT_ASKPASS: script }, args: ['-c', 'credential.helper='], remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
