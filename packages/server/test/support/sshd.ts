// A throw-away OpenSSH server on 127.0.0.1 for tests: Debian's sshd as the current user, its own host key, one
// authorized client key, everything in a temporary directory removed by stop().
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

export const SSHD = '/usr/sbin/sshd';
/** Why the SSH tests cannot run here, or undefined when they can. */
export const sshdMissing: string | undefined = existsSync(SSHD)
  ? undefined
  : `${SSHD} is not installed (apt-get install openssh-server)`;

export interface KeyPair {
  privateKey: string;
  publicKey: string;
  /** Where the private key lives in the server's temporary directory. */
  privateKeyFile: string;
}

export interface TestSshd {
  port: number;
  user: string;
  /** The key the server accepts. */
  client: KeyPair;
  /** The server's current host public key line (`ssh-ed25519 AAAA…`). */
  hostPublicKey(): Promise<string>;
  /** Stops the server and starts it again on the same port with a new host key. */
  changeHostKey(): Promise<void>;
  /** Another key pair the server does not accept. */
  strangerKey(): Promise<KeyPair>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sshd exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`sshd did not listen on ${port}: ${log()}`);
}

async function keyPair(dir: string, name: string): Promise<KeyPair> {
  const privateKeyFile = path.join(dir, name);
  await rm(privateKeyFile, { force: true });
  await rm(`${privateKeyFile}.pub`, { force: true });
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', privateKeyFile]);
  return {
    privateKeyFile,
    privateKey: await readFile(privateKeyFile, 'utf8'),
    publicKey: (await readFile(`${privateKeyFile}.pub`, 'utf8')).trim(),
  };
}

/** Starts sshd on a free loopback port, accepting `client` for the current user. */
export async function startSshd(): Promise<TestSshd> {
  if (sshdMissing) throw new Error(sshdMissing);
  // sshd started by root insists on its privilege separation directory, which the package's service creates.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-sshd-'));
  const port = await freePort();
  const user = userInfo().username;
  const client = await keyPair(dir, 'client');
  await writeFile(path.join(dir, 'authorized_keys'), `${client.publicKey}\n`, { mode: 0o600 });
  let hostKey = await keyPair(dir, 'host_key');
  const config = path.join(dir, 'sshd_config');
  await writeFile(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey.privateKeyFile}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'PermitRootLogin prohibit-password',
      `AllowUsers ${user}`,
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  let output = '';
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    started.stderr?.setEncoding('utf8');
    started.stderr?.on('data', (chunk: string) => {
      output = (output + chunk).slice(-8000);
    });
    child = started;
    await waitForPort(port, started, () => output);
  };
  const halt = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  await start();
  return {
    port,
    user,
    client,
    hostPublicKey: async () => (await readFile(`${hostKey.privateKeyFile}.pub`, 'utf8')).trim(),
    changeHostKey: async () => {
      await halt();
      hostKey = await keyPair(dir, 'host_key');
      await start();
    },
    strangerKey: () => keyPair(dir, `stranger-${Date.now()}`),
    stop: async () => {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
