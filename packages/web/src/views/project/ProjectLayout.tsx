import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { readProject, type ProjectSummary } from '../../api/projects.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { SignedInPage } from '../../components/SignedInPage.js';
import { PROJECT_TABS } from './tabs.js';

/** What a project's pages read from their layout through `useOutletContext`. */
export interface ProjectContext {
  organization: string;
  project: ProjectSummary;
}

/** A project's name and tabs above the page of the tab the URL names. */
function ProjectFrame({ organization, projectId }: { organization: string; projectId: number }) {
  const { pathname } = useLocation();
  const project = useApi(`project:${organization}:${projectId}`, () => readProject(organization, projectId));
  if (project.state === 'loading') return <Loading what="the project" />;
  if (project.state === 'failed')
    return <ErrorMessage error={project.error} retry={project.reload} title="Could not load the project" />;
  if (!project.data)
    return (
      <div className="message message-error" role="alert">
        <p className="message-title">No such project</p>
        <p>This organization has no project {projectId} that you may read.</p>
      </div>
    );
  const base = `/orgs/${encodeURIComponent(organization)}/projects/${projectId}`;
  const isAlso = (paths: string[] = []) =>
    paths.some((child) => pathname === `${base}/${child}` || pathname.startsWith(`${base}/${child}/`));
  const context: ProjectContext = { organization, project: project.data };
  return (
    <>
      <p className="project-title">{project.data.path}</p>
      <nav className="project-tabs" aria-label="Project">
        {PROJECT_TABS.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path ? `${base}/${tab.path}` : base}
            end={tab.path === ''}
            className={({ isActive }) => (isActive || isAlso(tab.also) ? 'active' : undefined)}
            aria-current={isAlso(tab.also) ? 'page' : undefined}
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet context={context} />
    </>
  );
}

/** The frame of every page of one project (`/orgs/:org/projects/:projectId/…`). */
export function ProjectLayout() {
  const { projectId = '' } = useParams();
  const id = Number(projectId);
  return (
    <SignedInPage>
      {(organization) =>
        Number.isSafeInteger(id) && id > 0 ? (
          <ProjectFrame key={`${organization}:${id}`} organization={organization} projectId={id} />
        ) : (
          <div className="message message-error" role="alert">
            <p className="message-title">No such project</p>
            <p>A project's address ends with its number; “{projectId}” is not one.</p>
          </div>
        )
      }
    </SignedInPage>
  );
}
