import { createHash } from 'node:crypto';
import type { Store } from '../store/index.js';

/**
 * How long a node reuses what a credential resolved to (its principal, its organization access): a revocation, a
 * logout or a role change made on another node, or by `plumb admin`, takes effect within it.
 */
export const CREDENTIAL_CACHE_MS = 1000;

/** Entries kept at most; past it the cache starts again empty (a burst of distinct credentials is not kept). */
const MAX_ENTRIES = 10_000;

/**
 * Resolutions of credentials reused for a short while, keyed by a SHA-256 of the credential (no secret is kept in
 * the clear). `clear()` drops them all, so nothing read before a revocation was committed serves a request that
 * arrives after it on this node.
 */
export class CredentialCache {
  private readonly entries = new Map<string, { value: Promise<unknown>; until: number }>();

  constructor(private readonly ttlMs = CREDENTIAL_CACHE_MS) {}

  /**
   * The cached value of `parts` (a credential, and what else the value depends on), or `resolve()`'s, kept when
   * `keep` says so. Requests that miss together share one resolution (a burst of CI polls resolves the token once).
   */
  async get<T>(parts: readonly string[], resolve: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const key = createHash('sha256').update(parts.join('\0')).digest('base64url');
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const entry = { value: resolve() as Promise<unknown>, until: now + this.ttlMs };
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    entry.value.then((value) => (keep(value as T) ? undefined : forget()), forget);
    return entry.value as Promise<T>;
  }

  /** Drops every entry: a resolution under way when a revocation commits serves only the requests already waiting. */
  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<Store, CredentialCache>();

/** The credential cache of the app serving `store`. */
export function credentialCacheOf(store: Store): CredentialCache {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new CredentialCache()));
  return cache;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Requests of another method that a surface knows change nothing (a GraphQL POST whose operations are queries). */
const readOnlyRequests = new WeakSet<object>();

/** Marks a request as one that changes nothing, whatever its method. */
export function markReadOnly(request: object): void {
  readOnlyRequests.add(request);
}

/**
 * Forgets every cached credential once a request that may change one (any method but a read, on any surface: a
 * token or API key revoked, a logout, a password or a membership changed) has done its work, before it answers.
 */
export function forgetCredentialsAfterWrites(store: Store, request: { method: string }): void {
  if (!READS.has(request.method) && !readOnlyRequests.has(request)) caches.get(store)?.clear();
}
