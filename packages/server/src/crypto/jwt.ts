import { createHmac, timingSafeEqual } from 'node:crypto';

/** The claims Plumb puts in a JWT; `exp` and `iat` in seconds since the epoch, as RFC 7519 has them. */
export type JwtClaims = Record<string, unknown> & { exp: number; iat: number };

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const signature = (input: string, key: Buffer): Buffer => createHmac('sha256', key).update(input).digest();

/** True for text shaped as a compact JWS (three base64url parts); says nothing of its validity. */
export const looksLikeJwt = (text: string): boolean => JWT_SHAPE.test(text);

/** A compact HS256 JWT of the claims under the key. */
export function signJwt(claims: JwtClaims, key: Buffer): string {
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${signature(input, key).toString('base64url')}`;
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The claims of an HS256 JWT signed with the key and not yet expired, else undefined. Only HS256 is accepted, so a
 * token claiming `alg: none` or an asymmetric algorithm never passes.
 */
export function verifyJwt(token: string, key: Buffer, now = new Date()): JwtClaims | undefined {
  if (!looksLikeJwt(token)) return undefined;
  const [header, payload, sent] = token.split('.') as [string, string, string];
  const expected = signature(`${header}.${payload}`, key);
  const given = Buffer.from(sent, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const head = decodeJson(header) as { alg?: unknown } | undefined;
  if (head?.alg !== 'HS256') return undefined;
  const claims = decodeJson(payload) as JwtClaims | undefined;
  if (!claims || typeof claims !== 'object' || typeof claims.exp !== 'number') return undefined;
  return claims.exp * 1000 > now.getTime() ? claims : undefined;
}
