import type { OrganizationAccess, Principal } from '../../domain/access/index.js';
import { consumeRate, hourlyLimitOf, rateCounterFor, type RateLimitExceeded } from '../../domain/rate-limits/index.js';
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

/** Counts the request against its credential's hour, at the limit the organization set; past it, 429. */
export async function enforceCredentialLimit(store: Store, access: OrganizationAccess): Promise<void> {
  const { hourlyLimit } = await hourlyLimitOf(store.db, access.organization.id);
  const exceeded = await consumeRate(rateCounterFor(store), credentialKey(access.principal), hourlyLimit, 3600);
  if (exceeded) throw tooMany(exceeded, 'this credential');
}

/** Counts a scan trigger against the repository's minute; past ten, 429. */
export async function enforceTriggerLimit(store: Store, repositoryId: number): Promise<void> {
  const key = `codestax:trigger:${repositoryId}`;
  const exceeded = await consumeRate(rateCounterFor(store), key, TRIGGERS_PER_MINUTE, 60);
  if (exceeded) throw tooMany(exceeded, 'triggering scans of this repository');
}
