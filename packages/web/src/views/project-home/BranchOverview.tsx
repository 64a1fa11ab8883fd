import { lazy, Suspense } from 'react';
import { readBranch, type BranchAnalysis } from '../../api/project-home.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { FigureList } from '../../components/FigureList.js';
import { GateConditions } from '../../components/GateConditions.js';
import { Loading } from '../../components/Loading.js';
import { Rating } from '../../components/Rating.js';
import { formatDate, formatDebt, formatPercent } from '../overview/format.js';

const TrendCharts = lazy(async () => ({ default: (await import('./TrendCharts.js')).TrendCharts }));

/** The ratings and headline figures of an analysis. */
function Figures({ analysis }: { analysis: BranchAnalysis['figures'] }) {
  const { ratings } = analysis;
  const rows: [string, React.ReactNode][] = [
    ['Quality score', `${analysis.qualityScore.toFixed(1)} / 10`],
    ['Technical debt', formatDebt(analysis.debtMinutes)],
    ['Coverage', analysis.coverage === null ? 'No coverage report' : formatPercent(analysis.coverage)],
    ['Duplication', formatPercent(analysis.duplication)],
    ['Open issues', String(analysis.openIssues)],
  ];
  return (
    <section aria-labelledby="figures-heading" className="figures">
      <h2 id="figures-heading">Latest analysis</h2>
      <p className="muted small">
        {formatDate(analysis.analyzedAt)} · revision <code>{analysis.revision.slice(0, 10)}</code>
      </p>
      <ul className="rating-cards" aria-label="Ratings">
        {(
          [
            ['Quality', ratings.quality],
            ['Maintainability', ratings.maintainability],
            ['Reliability', ratings.reliability],
            ['Security', ratings.security],
            ['Duplication', ratings.duplication],
            ['Coverage', ratings.coverage],
          ] as const
        ).map(([label, value]) => (
          <li key={label}>
            <Rating value={value} label={`${label} rating`} />
            <span>{label}</span>
          </li>
        ))}
      </ul>
      <FigureList figures={rows} />
    </section>
  );
}

/** Code lines per language, as a list with proportional bars. */
function SizeByLanguage({ sizes }: { sizes: BranchAnalysis['sizeByLanguage'] }) {
  const total = sizes.reduce((sum, size) => sum + size.lines, 0);
  return (
    <section aria-labelledby="size-heading" className="size">
      <h2 id="size-heading">Size by language</h2>
      {sizes.length === 0 ? (
        <p className="muted">No code line was counted.</p>
      ) : (
        <ul className="language-sizes">
          {sizes.map((size) => (
            <li key={size.language}>
              <span className="language-name">{size.language}</span>
              <span className="language-bar" aria-hidden="true">
                <span style={{ width: `${total ? (size.lines / total) * 100 : 0}%` }} />
              </span>
              <span className="language-lines">{size.lines.toLocaleString()} lines</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The latest analysis of one branch, its gate and its trends; re-read (by a new key) when an analysis ends. */
export function BranchOverview({
  organization,
  projectId,
  branch,
}: {
  organization: string;
  projectId: number;
  branch: string;
}) {
  const loaded = useApi(`branch:${organization}:${projectId}:${branch}`, () =>
    readBranch(organization, projectId, branch),
  );
  if (loaded.state === 'loading') return <Loading what={`the analysis of ${branch}`} />;
  if (loaded.state === 'failed')
    return <ErrorMessage error={loaded.error} retry={loaded.reload} title="Could not load the branch's analysis" />;
  const { analysis, trend } = loaded.data;
  if (!analysis)
    return (
      <p className="empty">
        Branch <strong>{branch}</strong> has no completed analysis yet. Analyze it now (below) to see its figures.
      </p>
    );
  return (
    <>
      <div className="overview-grid">
        <Figures analysis={analysis.figures} />
        <SizeByLanguage sizes={analysis.sizeByLanguage} />
      </div>
      <GateConditions status={analysis.figures.gate} conditions={analysis.conditions} />
      <Suspense fallback={<Loading what="the charts" />}>
        <TrendCharts points={trend} />
      </Suspense>
    </>
  );
}
