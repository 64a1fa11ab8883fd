import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { looksLikeJwt, signJwt, verifyJwt } from './jwt.js';

const KEY = Buffer.alloc(32, 1);
const NOW = new Date('2026-06-01T12:00:00Z');
const SECONDS = NOW.getTime() / 1000;
const CLAIMS = { sub: 'user', iat: SECONDS, exp: SECONDS + 60 };

const SIGNATURE = signJwt(CLAIMS, KEY).split('.')[2]!;
const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const signed = (header: object, claims: object, key = KEY): string => {
  const input = `${part(header)}.${part(claims)}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
};

describe('HS256 JWTs', () => {
  it('signs a compact JWS that RFC 7519 readers decode, and verifies it back', () => {
    const token = signJwt(CLAIMS, KEY);
    expect(token).toBe(signed({ alg: 'HS256', typ: 'JWT' }, CLAIMS));
    expect(looksLikeJwt(token)).toBe(true);
    expect(verifyJwt(token, KEY, NOW)).toEqual(CLAIMS);
  });

  it.each([
    ['another key', signJwt(CLAIMS, Buffer.alloc(32, 2))],
    ['an expired token', signJwt({ ...CLAIMS, exp: SECONDS }, KEY)],
    ['a changed payload', `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...CLAIMS, sub: 'admin' })}.${SIGNATURE}`],
    ['alg none', `${part({ alg: 'none', typ: 'JWT' })}.${part(CLAIMS)}.`],
    ['alg HS512 signed as HS256', signed({ alg: 'HS512', typ: 'JWT' }, CLAIMS)],
    ['no exp', signed({ alg: 'HS256', typ: 'JWT' }, { sub: 'user', iat: SECONDS })],
    ['a payload that is not JSON', `${part({ alg: 'HS256' })}.bm90IGpzb24.${'A'.repeat(43)}`],
    ['two parts', 'abc.def'],
    ['a Plumb token', 'plumb_u_abcdef'],
  ])('refuses %s', (_name, token) => {
    expect(verifyJwt(token, KEY, NOW)).toBeUndefined();
  });
});
