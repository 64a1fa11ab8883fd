import { Link, useSearchParams } from 'react-router';
import { listProjects } from '../../api/projects.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { SignedInPage } from '../../components/SignedInPage.js';
import { SettingsLink } from '../settings/SettingsLink.js';
import {
  filterProjects,
  GATE_FILTERS,
  isGateFilter,
  isSortKey,
  sortProjects,
  type Direction,
  type SortKey,
} from './project-order.js';
import { ProjectTable } from './ProjectTable.js';

const GATE_LABELS: Record<string, string> = {
  all: 'Any verdict',
  failed: 'Failed',
  passed: 'Passed',
  not_configured: 'Not configured',
  none: 'Not analyzed',
};

/** The organization's projects; sort and filters live in the URL, so a view can be shared as a link. */
function Overview({ organization }: { organization: string }) {
  usePageTitle(`Projects of ${organization}`);
  const [params, setParams] = useSearchParams();
  const projects = useApi(`projects:${organization}`, () => listProjects(organization));
  const sortParam = params.get('sort');
  const sort: SortKey = isSortKey(sortParam) ? sortParam : 'name';
  const direction: Direction = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const text = params.get('q') ?? '';
  const gateParam = params.get('gate');
  const gate = isGateFilter(gateParam) ? gateParam : 'all';
  const added = params.get('added');
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete('added');
        for (const [name, value] of Object.entries(changes))
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const onSort = (key: SortKey) => update({ sort: key, dir: key === sort && direction === 'asc' ? 'desc' : 'asc' });
  return (
    <>
      <div className="page-head">
        <h1>Projects</h1>
        <div className="page-actions">
          <SettingsLink organization={organization} />
          <Link className="button button-primary" to={`/orgs/${encodeURIComponent(organization)}/projects/new`}>
            Add a project
          </Link>
        </div>
      </div>
      {added && (
        <p className="message message-success" role="status">
          Added {added}. Its ratings and figures show here after its first analysis.
        </p>
      )}
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="project-filter">Filter by name</label>
          <input
            id="project-filter"
            type="search"
            value={text}
            onChange={(event) => update({ q: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="gate-filter">Gate</label>
          <select id="gate-filter" value={gate} onChange={(event) => update({ gate: event.target.value })}>
            {GATE_FILTERS.map((value) => (
              <option key={value} value={value}>
                {GATE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {projects.state === 'loading' && <Loading what="projects" />}
      {projects.state === 'failed' && (
        <ErrorMessage error={projects.error} retry={projects.reload} title="Could not load the projects" />
      )}
      {projects.state === 'loaded' && (
        <ProjectList all={projects.data} text={text} gate={gate} sort={sort} direction={direction} onSort={onSort} />
      )}
    </>
  );
}

function ProjectList({
  all,
  text,
  gate,
  sort,
  direction,
  onSort,
}: {
  all: Parameters<typeof filterProjects>[0];
  text: string;
  gate: Parameters<typeof filterProjects>[2];
  sort: SortKey;
  direction: Direction;
  onSort: (key: SortKey) => void;
}) {
  if (all.length === 0)
    return (
      <div className="empty">
        <p>This organization has no project yet.</p>
        <p>Add one from its git URL: Plumb clones it and analyzes its default branch.</p>
      </div>
    );
  const shown = sortProjects(filterProjects(all, text, gate), sort, direction);
  return (
    <>
      <p className="muted" role="status" aria-live="polite">
        {shown.length === all.length ? `${all.length} projects` : `${shown.length} of ${all.length} projects`}
      </p>
      {shown.length === 0 ? (
        <p className="empty">No project matches these filters.</p>
      ) : (
        <ProjectTable projects={shown} sort={sort} direction={direction} onSort={onSort} />
      )}
    </>
  );
}

export function OverviewPage() {
  return <SignedInPage>{(organization) => <Overview key={organization} organization={organization} />}</SignedInPage>;
}
