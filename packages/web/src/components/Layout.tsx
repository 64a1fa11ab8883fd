import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { readViewer } from '../api/projects.js';
import type { Session } from '../api/session.js';
import { useApi } from '../api/use-api.js';
import { useSession } from '../session/session-context.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useSubmit } from './use-submit.js';

/** The organization switcher: the user's organizations, the current one selected. */
function OrganizationSwitcher({ session }: { session: Session }) {
  const viewer = useApi('viewer', readViewer);
  const { switchOrganization } = useSession();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(session.organization.slug);
  const { error, submit } = useSubmit(async () => {
    const switched = await switchOrganization(chosen);
    navigate(`/orgs/${encodeURIComponent(switched.organization.slug)}`);
  });
  if (viewer.state !== 'loaded' || viewer.data.organizations.length < 2) return null;
  return (
    <form className="switcher" onSubmit={submit}>
      <label htmlFor="organization-switcher">Organization</label>
      <select id="organization-switcher" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {viewer.data.organizations.map((organization) => (
          <option key={organization.slug} value={organization.slug}>
            {organization.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={chosen === session.organization.slug}>
        Switch
      </button>
      {error && <ErrorMessage error={error} title="Could not switch organization" />}
    </form>
  );
}

/** Every signed-in page: the header (home, organization, who, sign out) and the page's main content. */
export function Layout({ session, children }: { session: Session; children: ReactNode }) {
  const { signOut } = useSession();
  // Signed out, the page's RequireSession sends the browser to the sign-in page.
  const { error, submit: leave } = useSubmit(signOut);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to={`/orgs/${encodeURIComponent(session.organization.slug)}`} className="brand">
          Plumb
        </Link>
        <OrganizationSwitcher key={session.organization.slug} session={session} />
        <div className="who">
          <span className="who-name" title={session.user.email}>
            {session.user.displayName}
          </span>
          <button type="button" className="button button-quiet" onClick={leave}>
            Sign out
          </button>
        </div>
      </header>
      {error && <ErrorMessage error={error} title="Could not sign out" />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
