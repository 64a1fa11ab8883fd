/** Scrutinizer's timestamps: ISO 8601 in UTC without fractions, offset written `+0000` (e.g. 2015-01-27T09:27:16+0000). */
export function scrutinizerDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}
