import type { OrganizationAccess, Principal } from '../../domain/access/index.js';
import {
  consumeRate,
  hourlyLimitOf,
  rateCounterFor,
  requestCounterFor,
  type RateLimitExceeded,
} from '../../domain/rate-limits/index.js';
import type { Store } from '../../store/index.js';
import { codestaxError } from './errors.js';

/** Scan triggers a repository takes per minute, whoever asks. */
export const TRIGGERS_PER_MINUTE = 10;

/**
 * What one credential's requests are counted under: its token or API key; a user's session tokens share one counter,
 * so that logging in again does not start a fresh hour.
 */
function credentialKey(principal: Principal): string {
  if (principal.session) return `codestax:user:${principal.user?.id ?? 0}`;
  return `codestax:token:${principal.tokenId}`;
}

function tooMany(exceeded: RateLimitExceeded, what: string): Error {
  const per = exceeded.windowSeconds === 60 ? 'minute' : 'hour';
  return codestaxError(
    429,
    `Rate limit exceeded: ${what} allows ${exceeded.limit} requests per ${per}; ` +
      `retry after ${exceeded.retryAfterSeconds} s`,
    { 'retry-after': String(exceeded.retryAfterSeconds) },
  );
}

/** How long a node keeps an organization's hourly limit before reading it again: one query less per request. */
const LIMIT_CACHE_MS = 5000;
const cachedLimits = new WeakMap<Store, Map<number, { hourlyLimit: number; until: number }>>();

async function hourlyLimitFor(store: Store, organizationId: number): Promise<number> {
  let cache = cachedLimits.get(store);
  if (!cache) cachedLimits.set(store, (cache = new Map()));
  const cached = cache.get(organizationId);
  if (cached && cached.until > Date.now()) return cached.hourlyLimit;
  const { hourlyLimit } = await hourlyLimitOf(store.db, organizationId);
  cache.set(organizationId, { hourlyLimit, until: Date.now() + LIMIT_CACHE_MS });
  return hourlyLimit;
}

/** A limit saved on this node applies here at once; other nodes read it again within LIMIT_CACHE_MS. */
export function forgetHourlyLimit(store: Store, organizationId: number): void {
  cachedLimits.get(store)?.delete(organizationId);
}

/** Counts the request against its credential's hour, at the limit the organization set; past it, 429. */
export async function enforceCredentialLimit(store: Store, access: OrganizationAccess): Promise<void> {
  const hourlyLimit = await hourlyLimitFor(store, access.organization.id);
  const exceeded = await consumeRate(requestCounterFor(store), credentialKey(access.principal), hourlyLimit, 3600);
  if (exceeded) throw tooMany(exceeded, 'this credential');
}

/** Counts a scan trigger against the repository's minute; past ten, 429. */
export async function enforceTriggerLimit(store: Store, repositoryId: number): Promise<void> {
  const key = `codestax:trigger:${repositoryId}`;
  const exceeded = await consumeRate(rateCounterFor(store), key, TRIGGERS_PER_MINUTE, 60);
  if (exceeded) throw tooMany(exceeded, 'triggering scans of this repository');
}
