import { Link } from 'react-router';
import type { ProjectSummary } from '../../api/projects.js';
import { Rating } from '../../components/Rating.js';
import { Sparkline } from '../../components/Sparkline.js';
import { formatDate, formatDebt, formatPercent, gateWord } from './format.js';
import type { Direction, SortKey } from './project-order.js';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Project' },
  { key: 'gate', label: 'Gate' },
  { key: 'quality', label: 'Ratings' },
  { key: 'debt', label: 'Debt' },
  { key: 'coverage', label: 'Coverage' },
  { key: 'duplication', label: 'Duplication' },
  { key: 'issues', label: 'Open issues' },
  { key: 'analyzed', label: 'Last analysis' },
];

function SortHeader({
  column,
  sort,
  direction,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  sort: SortKey;
  direction: Direction;
  onSort: (key: SortKey) => void;
}) {
  const active = column.key === sort;
  return (
    <th scope="col" aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function ProjectRow({ project }: { project: ProjectSummary }) {
  const { latest } = project;
  const name = `${project.provider}/${project.path}`;
  const trend = project.trend.map((score) => score.toFixed(1)).join(', ');
  return (
    <tr>
      <th scope="row" className="project-name">
        <span>
          {/* Relative to /orgs/:org: the project's home page. */}
          <Link to={`projects/${project.id}`}>{project.path}</Link>
        </span>
        <span className="muted small">
          {project.provider} · {project.defaultBranch}
        </span>
      </th>
      <td>
        <span className={`gate gate-${latest?.gate ?? 'none'}`}>{gateWord(latest?.gate ?? null)}</span>
      </td>
      <td>
        {latest ? (
          <span className="ratings">
            <Rating value={latest.ratings.quality} label="Quality" />
            <Rating value={latest.ratings.maintainability} label="Maintainability" />
            <Rating value={latest.ratings.reliability} label="Reliability" />
            <Rating value={latest.ratings.security} label="Security" />
          </span>
        ) : (
          <span className="muted">Not analyzed yet</span>
        )}
      </td>
      <td className="number">{latest ? formatDebt(latest.debtMinutes) : '–'}</td>
      <td className="number">{latest ? formatPercent(latest.coverage) : '–'}</td>
      <td className="number">{latest ? formatPercent(latest.duplication) : '–'}</td>
      <td className="number">{latest ? latest.openIssues : '–'}</td>
      <td>
        <span className="last-analysis">
          <Sparkline
            values={project.trend}
            max={10}
            label={`${name}: quality score of its last ${project.trend.length} analyses (of 10): ${trend}`}
          />
          {latest && <span className="small">{formatDate(latest.analyzedAt)}</span>}
        </span>
      </td>
    </tr>
  );
}

/** The organization's projects, one row each, sortable by every column. */
export function ProjectTable({
  projects,
  sort,
  direction,
  onSort,
}: {
  projects: ProjectSummary[];
  sort: SortKey;
  direction: Direction;
  onSort: (key: SortKey) => void;
}) {
  return (
    <div className="table-scroll" role="region" aria-label="Projects" tabIndex={0}>
      <table className="projects">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} direction={direction} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <ProjectRow key={project.id} project={project} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
