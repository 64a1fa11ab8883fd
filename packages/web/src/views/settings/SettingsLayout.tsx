import { NavLink, Outlet } from 'react-router';
import { readViewer } from '../../api/projects.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { SignedInPage } from '../../components/SignedInPage.js';
import { SETTINGS_SECTIONS, type SettingsContext } from './settings-context.js';
import './settings.css';

/** The organization's settings: the caller's role in it, the sections' navigation, and the section the URL names. */
function SettingsFrame({ organization }: { organization: string }) {
  const viewer = useApi('viewer', readViewer);
  if (viewer.state === 'loading') return <Loading what="your role" />;
  if (viewer.state === 'failed')
    return <ErrorMessage error={viewer.error} retry={viewer.reload} title="Could not load your role" />;
  const membership = viewer.data.organizations.find((candidate) => candidate.slug === organization);
  if (!membership)
    return (
      <div className="message message-error" role="alert">
        <p className="message-title">Not a member</p>
        <p>You are not a member of the organization “{organization}”: check the address, or switch organization.</p>
      </div>
    );
  const canManage = membership.role === 'OWNER' || membership.role === 'ADMIN';
  const context: SettingsContext = { organization, role: membership.role, canManage };
  const base = `/orgs/${encodeURIComponent(organization)}/settings`;
  return (
    <div className="settings">
      <h1>Settings of {membership.name}</h1>
      {!canManage && (
        <p className="message" role="note">
          You are {membership.role === 'EDITOR' ? 'an' : 'a'} {membership.role}: you see the organization’s settings
          read-only. Only owners and admins change them.
        </p>
      )}
      {/* Styled as a project's tabs: the same kind of navigation. */}
      <nav className="project-tabs" aria-label="Settings">
        {SETTINGS_SECTIONS.map((section) => (
          <NavLink key={section.path} to={`${base}/${section.path}`}>
            {section.label}
          </NavLink>
        ))}
      </nav>
      <Outlet context={context} />
    </div>
  );
}

export function SettingsLayout() {
  return (
    <SignedInPage>{(organization) => <SettingsFrame key={organization} organization={organization} />}</SignedInPage>
  );
}
