import { Link, useOutletContext } from 'react-router';
import { readPullRequests } from '../../api/project-home.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { usePageTitle } from '../../components/page-title.js';
import { formatDate, gateWord } from '../overview/format.js';
import type { ProjectContext } from '../project/ProjectLayout.js';
import { stateWord } from '../project-home/AnalysisHistory.js';
import '../project-home/project-home.css';
import './pulls.css';

/** Every code review (pull-request analysis) of the project (`…/pulls`), newest first. */
export function PullRequestsPage() {
  const { organization, project } = useOutletContext<ProjectContext>();
  usePageTitle(`${project.path} · Pull requests`);
  const pulls = useApi(`pulls:${organization}:${project.id}`, () => readPullRequests(organization, project.id));
  const base = `/orgs/${encodeURIComponent(organization)}/projects/${project.id}/pulls`;
  return (
    <div className="pulls">
      <h1>Pull requests</h1>
      {pulls.state === 'loading' && <Loading what="the pull requests" />}
      {pulls.state === 'failed' && (
        <ErrorMessage error={pulls.error} retry={pulls.reload} title="Could not load the pull requests" />
      )}
      {pulls.state === 'loaded' && pulls.data.length === 0 && (
        <p className="empty">
          No pull request was analyzed yet: run <code>plumb scan --pull-request N --base BRANCH</code> in CI, or ask for
          a code review through the API.
        </p>
      )}
      {pulls.state === 'loaded' && pulls.data.length > 0 && (
        <ScrollTable label="Pull requests" columns={['Pull request', 'Branches', 'State', 'Gate', 'When']}>
          {pulls.data.map((pull) => (
            <tr key={pull.id}>
              <th scope="row">
                <Link to={`${base}/${pull.id}`}>
                  {pull.pullRequest === null ? `Review ${pull.id}` : `#${pull.pullRequest}`}
                </Link>
                {pull.title && <span className="small muted"> {pull.title}</span>}
              </th>
              <td>
                {pull.branch ?? '–'} → {pull.baseBranch ?? project.defaultBranch}
              </td>
              <td>{stateWord(pull.state)}</td>
              <td>
                <span className={`gate gate-${pull.gate ?? 'none'}`}>
                  {pull.gate ? gateWord(pull.gate) : 'No verdict'}
                </span>
              </td>
              <td>{formatDate(pull.createdAt)}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </div>
  );
}
