import { useState, type ReactNode } from 'react';
import { listProjects } from '../../api/projects.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';

/** For settings kept per project (webhooks, reports): a project to choose, the first by default, then its settings. */
export function ProjectPicker({
  organization,
  id,
  children,
}: {
  organization: string;
  /** The select's id, unique in the page. */
  id: string;
  children: (projectId: number) => ReactNode;
}) {
  const projects = useApi(`projects:${organization}`, () => listProjects(organization));
  const [chosen, setChosen] = useState('');
  if (projects.state === 'loading') return <Loading what="the projects" />;
  if (projects.state === 'failed')
    return <ErrorMessage error={projects.error} retry={projects.reload} title="Could not load the projects" />;
  const projectId = Number(chosen || projects.data[0]?.id || 0);
  if (projectId === 0) return <p className="empty">The organization has no project yet: add one first.</p>;
  return (
    <>
      <div className="field narrow">
        <label htmlFor={id}>Project</label>
        <select id={id} value={projectId} onChange={(event) => setChosen(event.target.value)}>
          {projects.data.map((project) => (
            <option key={project.id} value={project.id}>
              {project.path}
            </option>
          ))}
        </select>
      </div>
      {children(projectId)}
    </>
  );
}
