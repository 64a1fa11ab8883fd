import { Link, NavLink } from 'react-router';
import type { AnalysisHead } from '../../api/code.js';
import { codeUrl, functionsUrl } from './code-urls.js';

/** The code tab's head: which analysis is shown, its two views, and the breadcrumbs of the path. */
export function CodeHeader({ base, analysis, path }: { base: string; analysis: AnalysisHead; path?: string }) {
  const segments = path ? path.split('/') : [];
  return (
    <div className="code-head">
      <p className="muted small">
        Analysis {analysis.id}
        {analysis.repoBranch && ` of ${analysis.repoBranch}`}
        {analysis.revision && (
          <>
            {' '}
            at <code>{analysis.revision.slice(0, 12)}</code>
          </>
        )}
      </p>
      <nav className="code-views" aria-label="Code views">
        <NavLink to={codeUrl(base, '', analysis.id)} end className={() => (path === undefined ? '' : 'active')}>
          Files
        </NavLink>
        <NavLink to={functionsUrl(base, analysis.id)} className={() => (path === undefined ? 'active' : '')}>
          Functions
        </NavLink>
      </nav>
      {path !== undefined && (
        <nav aria-label="Breadcrumbs">
          <ol className="breadcrumbs">
            <li>
              {segments.length === 0 ? (
                <span aria-current="page">Files</span>
              ) : (
                <Link to={codeUrl(base, '', analysis.id)}>Files</Link>
              )}
            </li>
            {segments.map((segment, at) => (
              <li key={at}>
                {at === segments.length - 1 ? (
                  <span aria-current="page">{segment}</span>
                ) : (
                  <Link to={codeUrl(base, segments.slice(0, at + 1).join('/'), analysis.id)}>{segment}</Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
    </div>
  );
}
