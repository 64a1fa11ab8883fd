import { Link } from 'react-router';
import { readViewer } from '../../api/projects.js';
import { useApi } from '../../api/use-api.js';

/** The way into the organization's settings, for its owners and admins (the page head of the overview). */
export function SettingsLink({ organization }: { organization: string }) {
  const viewer = useApi('viewer', readViewer);
  const role =
    viewer.state === 'loaded'
      ? viewer.data.organizations.find((candidate) => candidate.slug === organization)?.role
      : undefined;
  if (role !== 'OWNER' && role !== 'ADMIN') return null;
  return (
    <Link className="button" to={`/orgs/${encodeURIComponent(organization)}/settings`}>
      Settings
    </Link>
  );
}
