// Rate limits of the CodeStax surface: fixed-window counters (PostgreSQL or memory) and each organization's limit.
export {
  memoryCounter,
  rateCounterFor,
  requestCounterFor,
  sqlCounter,
  type RateCounter,
  type WindowCount,
} from './counters.js';
export { batchedSqlCounter, FLUSH_MS, type BatchedCounter } from './batched-counter.js';
export { consumeRate, type RateLimitExceeded } from './limits.js';
export {
  DEFAULT_HOURLY_LIMIT,
  hourlyLimitOf,
  MAX_HOURLY_LIMIT,
  saveHourlyLimit,
  type HourlyLimit,
} from './settings.js';
