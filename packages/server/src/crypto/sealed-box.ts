import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Seals secrets at rest (SSH keys, webhook secrets) with AES-256-GCM. */
export interface SealedBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** A 32-byte key for one purpose (e.g. signing session tokens), derived from the secret key and never equal to it. */
  derivedKey(purpose: string): Buffer;
}

export function sealedBox(key: Buffer): SealedBox {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    derivedKey(purpose) {
      return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `plumb:${purpose}`, 32));
    },
  };
}

/** The key from PLUMB_SECRET_KEY (64 hex chars or base64 of 32 bytes), else a key file generated in the data dir. */
export async function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const configured = env.PLUMB_SECRET_KEY?.trim();
  if (configured) {
    const key = /^[0-9a-f]{64}$/i.test(configured) ? Buffer.from(configured, 'hex') : Buffer.from(configured, 'base64');
    if (key.length !== 32) throw new Error('PLUMB_SECRET_KEY must be 32 bytes, as 64 hex characters or base64');
    return key;
  }
  const keyFile = path.join(dataDir, 'secret.key');
  try {
    return Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    await writeFile(keyFile, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    // Another process generated it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'hex');
    throw error;
  }
}
