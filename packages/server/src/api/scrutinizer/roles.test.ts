import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/index.js';
import { plumbRoleFor, scrutinizerRoleOf } from './roles.js';

describe('Scrutinizer roles', () => {
  it.each([
    ['OWNER', 'admin'],
    ['ADMIN', 'master'],
    ['EDITOR', 'member'],
    ['VIEWER', 'member'],
    ['BILLING', 'billing'],
  ] as const)('reads Plumb %s as %s', (plumb, scrutinizer) => {
    expect(scrutinizerRoleOf(plumb)).toBe(scrutinizer);
  });

  it.each([
    ['admin', undefined, 'OWNER'],
    ['master', 'VIEWER', 'ADMIN'],
    ['billing', 'OWNER', 'BILLING'],
    ['member', undefined, 'VIEWER'],
    ['member', 'ADMIN', 'VIEWER'],
    ['member', 'EDITOR', 'EDITOR'],
    ['member', 'VIEWER', 'VIEWER'],
  ] as const)('sets %s over %s as %s', (scrutinizer, current: Role | undefined, plumb) => {
    expect(plumbRoleFor(scrutinizer)(current)).toBe(plumb);
  });
});
