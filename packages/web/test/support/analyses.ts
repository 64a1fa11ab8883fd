// What a CI script does through CodeStax's API: log in, set the quality gate, trigger an analysis and follow it.

type Credentials = { email: string; password: string };

async function bearerHeaders(server: string, credentials: Credentials): Promise<Record<string, string>> {
  const login = await fetch(`${server}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const { access_token: token } = (await login.json()) as { access_token: string };
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

/** Saves the organization's gate: every open finding counts, and the quality rating must be at least `ratingMin`. */
export async function requireRating(server: string, credentials: Credentials, ratingMin: string): Promise<void> {
  const saved = await fetch(`${server}/api/quality/gates/config`, {
    method: 'PUT',
    headers: await bearerHeaders(server, credentials),
    body: JSON.stringify({ enabled: true, applies_to_new_code_only: false, policy: { rating_min: ratingMin } }),
  });
  if (!saved.ok) throw new Error(`gate config: ${saved.status} ${await saved.text()}`);
}

/** Runs the real pipeline on the head of a project's default branch and waits for the analysis to end. */
export async function analyzeNow(
  server: string,
  credentials: Credentials,
  projectId: number,
): Promise<{ scanId: number; state: string; error: string | null }> {
  const headers = await bearerHeaders(server, credentials);
  const trigger = await fetch(`${server}/api/scans/trigger/${projectId}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ type: 'deep' }),
  });
  if (!trigger.ok) throw new Error(`trigger: ${trigger.status} ${await trigger.text()}`);
  const { scan_id: scanId } = (await trigger.json()) as { scan_id: number };
  for (;;) {
    const scan = (await (await fetch(`${server}/api/scans/${scanId}`, { headers })).json()) as {
      state: string;
      error: string | null;
    };
    if (['completed', 'failed', 'timed_out', 'canceled'].includes(scan.state))
      return { scanId, state: scan.state, error: scan.error };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
