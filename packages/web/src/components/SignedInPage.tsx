import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { Layout } from './Layout.js';
import { RequireSession } from './RequireSession.js';

/** A page of an organization (`/orgs/:org/…`) for a signed-in user, in the dashboard's layout. */
export function SignedInPage({ children }: { children: (organization: string) => ReactNode }) {
  const { org = '' } = useParams();
  return <RequireSession>{(session) => <Layout session={session}>{children(org)}</Layout>}</RequireSession>;
}
