import { useState } from 'react';
import { useOutletContext, useSearchParams } from 'react-router';
import { readBranches } from '../../api/project-home.js';
import { readViewer } from '../../api/projects.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import type { ProjectContext } from '../project/ProjectLayout.js';
import { AnalysisHistory } from './AnalysisHistory.js';
import { BranchOverview } from './BranchOverview.js';
import { Reports } from './Reports.js';
import './project-home.css';

/** The roles that may ask for an analysis or a report (the domain's `requestAnalysis`, `requestReport`). */
const EDITING_ROLES = ['OWNER', 'ADMIN', 'EDITOR'];

/** The branch picker: the URL's `?branch=`, else the project's default branch. */
function BranchPicker({
  branches,
  branch,
  choose,
}: {
  branches: string[];
  branch: string;
  choose: (b: string) => void;
}) {
  return (
    <div className="field branch-picker">
      <label htmlFor="branch-picker">Branch</label>
      <select id="branch-picker" value={branch} onChange={(event) => choose(event.target.value)}>
        {branches.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A project's home page (`/orgs/:org/projects/:projectId`): one branch's latest analysis, trends, history, reports. */
export function ProjectHomePage() {
  const { organization, project } = useOutletContext<ProjectContext>();
  usePageTitle(`${project.path} · Overview`);
  const [search, setSearch] = useSearchParams();
  // Bumped when an analysis of the branch ends, so its figures and trend are read again.
  const [settled, setSettled] = useState(0);
  const viewer = useApi('viewer', readViewer);
  const role = viewer.state === 'loaded' ? viewer.data.organizations.find((o) => o.slug === organization)?.role : '';
  const canEdit = EDITING_ROLES.includes(role ?? '');
  const branches = useApi(`branches:${organization}:${project.id}`, () => readBranches(organization, project.id));
  if (branches.state === 'loading') return <Loading what="the branches" />;
  if (branches.state === 'failed')
    return <ErrorMessage error={branches.error} retry={branches.reload} title="Could not load the branches" />;
  const branch = search.get('branch') ?? branches.data[0] ?? project.defaultBranch;
  const listed = branches.data.includes(branch) ? branches.data : [...branches.data, branch];
  const choose = (next: string) => setSearch(next === project.defaultBranch ? {} : { branch: next });
  return (
    <div className="project-home">
      <div className="page-head">
        <h1>Overview</h1>
        <BranchPicker branches={listed} branch={branch} choose={choose} />
      </div>
      <BranchOverview key={`${branch}:${settled}`} organization={organization} projectId={project.id} branch={branch} />
      <AnalysisHistory
        organization={organization}
        projectId={project.id}
        branch={branch}
        canAnalyze={canEdit}
        onSettled={() => setSettled((value) => value + 1)}
      />
      <Reports organization={organization} projectId={project.id} canMake={canEdit} />
    </div>
  );
}
