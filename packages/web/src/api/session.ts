import { request } from './http.js';

/** Who is signed in, in which organization (GET /api/dashboard/session). */
export interface Session {
  user: { email: string; displayName: string };
  organization: { slug: string; name: string };
  expiresAt: string;
}

export interface FirstRunInput {
  organization: string;
  organizationName: string;
  name: string;
  email: string;
  password: string;
}

export const readSession = () => request<Session>('/api/dashboard/session');
export const readFirstRun = () => request<{ firstRun: boolean }>('/api/dashboard/first-run');

export const signIn = (input: { email: string; password: string; organization?: string }) =>
  request<Session>('/api/dashboard/session', { method: 'POST', body: input });

export const signOut = () => request<{ signedOut: boolean }>('/api/dashboard/session', { method: 'DELETE' });

export const switchOrganization = (organization: string) =>
  request<Session>('/api/dashboard/session/organization', { method: 'PUT', body: { organization } });

export const createFirstOrganization = (input: FirstRunInput) =>
  request<Session>('/api/dashboard/first-run', { method: 'POST', body: input });
