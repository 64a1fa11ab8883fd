/** The header every call carries: the server takes the session cookie only with it (docs/dashboard.md). */
const DASHBOARD_HEADER = { 'X-Plumb-Dashboard': '1' };

/** A failed API call, worded for the person using the dashboard: what went wrong and what to do. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** What a person can do about a failure of this status, added to the server's own words. */
function advice(status: number): string {
  if (status === 0) return 'Check your connection and that the Plumb server is running, then try again.';
  if (status === 401) return 'Sign in again.';
  if (status === 403) return 'Ask an owner or admin of the organization for access.';
  if (status === 404) return 'It may have been removed, or you may not be a member: check the address.';
  if (status === 409) return 'Reload the page to see the current state.';
  if (status === 429) return 'Too many requests: wait a minute and try again.';
  if (status >= 500) return 'The server failed: try again, and tell your administrator if it persists.';
  return '';
}

export function apiError(status: number, serverMessage: string): ApiError {
  const hint = advice(status);
  const base = serverMessage.trim() || `The server answered ${status}.`;
  return new ApiError(hint ? `${base.replace(/\.?$/, '.')} ${hint}` : base, status);
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => undefined)) as
    { message?: unknown; errors?: { message?: unknown }[] } | undefined;
  if (typeof body?.message === 'string') return body.message;
  const first = body?.errors?.[0]?.message;
  return typeof first === 'string' ? first : '';
}

/** Calls one of Plumb's endpoints with the session cookie; a failure is an ApiError with an actionable message. */
export async function request<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        ...DASHBOARD_HEADER,
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw apiError(0, 'The Plumb server could not be reached.');
  }
  if (!response.ok) throw apiError(response.status, await messageOf(response));
  return (await response.json()) as T;
}
