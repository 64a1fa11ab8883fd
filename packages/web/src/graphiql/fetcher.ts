/** What GraphiQL hands its fetcher: the document, and the headers of its header editor. */
export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/**
 * Posts GraphiQL's documents to Plumb's `/graphql`: with the header editor's headers (an `X-Api-Token`), else with
 * the dashboard's session cookie, which this API takes with the dashboard's header.
 */
export async function plumbFetcher(params: FetcherParams, options?: { headers?: Record<string, unknown> }) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Plumb-Dashboard': '1' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name] = String(value);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify(params),
  });
  return response.json();
}
