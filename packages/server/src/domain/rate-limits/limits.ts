import type { RateCounter } from './counters.js';

/** A request past its limit: how many the window allows, and the seconds until the next window. */
export interface RateLimitExceeded {
  limit: number;
  windowSeconds: number;
  retryAfterSeconds: number;
}

/** Counts the request against the key's window; past `limit`, says how long to wait (at least a second). */
export async function consumeRate(
  counter: RateCounter,
  key: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitExceeded | undefined> {
  const { hits, endsAt } = await counter.hit(key, windowSeconds, now);
  if (hits <= limit) return undefined;
  return { limit, windowSeconds, retryAfterSeconds: Math.max(1, Math.ceil((endsAt.getTime() - now.getTime()) / 1000)) };
}
