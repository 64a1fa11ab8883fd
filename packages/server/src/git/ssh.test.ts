import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initRepository } from '../../test/support/git-repos.js';
import { sshdMissing, startSshd, type TestSshd } from '../../test/support/sshd.js';
import { fetchMirror, GitError, resolveBranch } from './index.js';

// Over SSH from a loopback sshd started here; skipped, with the reason in its name, only where sshd is absent.
describe.skipIf(sshdMissing !== undefined)(
  `fetchMirror over SSH${sshdMissing ? ` (skipped: ${sshdMissing})` : ''}`,
  () => {
    let root: string;
    let sshd: TestSshd;
    let url: string;
    let head: string;
    let pinned = '';

    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'plumb-git-ssh-'));
      const repo = initRepository(path.join(root, 'web'));
      head = repo.commit('Over SSH', { 'a.txt': 'a\n' });
      sshd = await startSshd();
      url = `ssh://${sshd.user}@127.0.0.1:${sshd.port}${repo.dir}`;
    });

    afterAll(async () => {
      await sshd?.stop();
      await rm(root, { recursive: true, force: true });
    });

    const options = (key: string) => ({ dataDir: path.join(root, 'data'), key, timeoutMs: 20_000 });
    const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('plumb-ssh-'));

    it('fetches with the right key and answers the host key it pinned', async () => {
      const before = leftovers();
      const { mirrorPath, knownHosts, defaultBranch } = await fetchMirror(
        { url, sshKey: sshd.client.privateKey },
        options('ssh'),
      );
      expect(defaultBranch).toBe('main');
      expect(await resolveBranch(mirrorPath, 'main')).toBe(head);
      const hostKey = await sshd.hostPublicKey();
      expect(knownHosts?.trim()).toBe(`[127.0.0.1]:${sshd.port} ${hostKey.split(' ').slice(0, 2).join(' ')}`);
      pinned = knownHosts!;
      // The key and the known hosts lived in a temporary folder only while git ran.
      expect(leftovers()).toEqual(before);
    });

    it('fetches again with the pinned host key, and answers it unchanged', async () => {
      const { knownHosts } = await fetchMirror(
        { url, sshKey: sshd.client.privateKey, knownHosts: pinned },
        options('ssh'),
      );
      expect(knownHosts).toBe(pinned);
    });

    it('a wrong key fails with a message that holds neither the key nor its file', async () => {
      const stranger = await sshd.strangerKey();
      const lines: string[] = [];
      const error = await fetchMirror(
        { url, sshKey: stranger.privateKey, knownHosts: pinned },
        { ...options('stranger'), log: (line) => lines.push(line) },
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GitError);
      const failure = error as GitError;
      expect(failure.code).toBe('auth_failed');
      expect(failure.message).toBe(
        `git fetch failed: 127.0.0.1:${sshd.port} refused the credentials (authentication failed)`,
      );
      const everything = [failure.message, failure.detail, failure.stack ?? '', ...lines].join('\n');
      for (const line of stranger.privateKey.split('\n').filter((text) => text.length > 10))
        expect(everything).not.toContain(line);
      expect(everything).not.toMatch(/plumb-ssh-|\/key\b/);
    });

    it('no key is no key: the server user’s own keys are never offered', async () => {
      const error = await fetchMirror({ url, knownHosts: pinned }, options('keyless')).catch(
        (caught: unknown) => caught,
      );
      expect((error as GitError).code).toBe('auth_failed');
    });

    it('after the host key changed, the fetch with the old pin fails clearly', async () => {
      await sshd.changeHostKey();
      const error = await fetchMirror(
        { url, sshKey: sshd.client.privateKey, knownHosts: pinned },
        options('ssh'),
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).code).toBe('host_key_changed');
      expect((error as GitError).message).toMatch(
        /^git fetch failed: the SSH host key of 127\.0\.0\.1:\d+ does not match the one pinned for this repository/,
      );
      // Without a pin (cleared by an operator), the new key is trusted and pinned.
      const { knownHosts } = await fetchMirror({ url, sshKey: sshd.client.privateKey }, options('ssh'));
      expect(knownHosts).toContain((await sshd.hostPublicKey()).split(' ')[1]);
    });
  },
);
