/* Parses "Name: value" headers, one per line. */
export function parseHeaders(source) {
  const headers = {};
  for (const row of source.split('\n')) {
    const clean = row.trim();
    if (clean === '' || clean.startsWith('#')) continue;
    const at = clean.indexOf(':');
    if (at < 0) throw new Error(`no ":" in ${clean}`);
    headers[clean.slice(0, at)] = clean.slice(at + 1);
  }
  return headers;
}
