// Loaded with the project's home page only: Recharts stays out of every other page's JavaScript.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../api/project-home.js';
import { formatDebt } from '../overview/format.js';

interface Series {
  key: string;
  label: string;
  value: (point: TrendPoint) => number | null;
}

interface Chart {
  title: string;
  series: Series[];
  format: (value: number) => string;
  /** The value axis's fixed maximum, for a measure on a closed scale. */
  max?: number;
}

const percent = (value: number) => `${value.toFixed(1)}%`;

const CHARTS: Chart[] = [
  {
    title: 'Issues by severity',
    format: String,
    series: [
      { key: 'critical', label: 'Critical', value: (point) => point.issuesBySeverity.critical },
      { key: 'high', label: 'High', value: (point) => point.issuesBySeverity.high },
      { key: 'moderate', label: 'Moderate and low', value: (point) => point.issuesBySeverity.moderate },
      { key: 'info', label: 'Info', value: (point) => point.issuesBySeverity.info },
    ],
  },
  {
    title: 'Coverage',
    format: percent,
    max: 100,
    series: [
      { key: 'coverage', label: 'Line coverage', value: (p) => (p.coverage === null ? null : p.coverage * 100) },
    ],
  },
  {
    title: 'Duplication',
    format: percent,
    series: [{ key: 'duplication', label: 'Duplicated lines', value: (point) => point.duplication * 100 }],
  },
  {
    title: 'Technical debt',
    format: formatDebt,
    series: [{ key: 'debt', label: 'Debt', value: (point) => point.debtMinutes }],
  },
  {
    title: 'Quality score',
    format: (value) => value.toFixed(1),
    max: 10,
    series: [{ key: 'score', label: 'Score (0–10)', value: (point) => point.qualityScore }],
  },
];

const shortDate = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What a chart shows, in words: each series' latest value and its change since the first point. */
function summaryOf(chart: Chart, points: TrendPoint[]): string {
  const parts = chart.series.map((series) => {
    const last = series.value(points[points.length - 1]!);
    const first = series.value(points[0]!);
    if (last === null) return `${series.label}: not measured`;
    const change = first === null || points.length < 2 ? '' : ` (was ${chart.format(first)})`;
    return `${series.label}: ${chart.format(last)}${change}`;
  });
  return `${chart.title} over ${points.length} ${points.length === 1 ? 'analysis' : 'analyses'}. ${parts.join('; ')}.`;
}

function TrendChart({ chart, points }: { chart: Chart; points: TrendPoint[] }) {
  const rows = points.map((point) => ({
    at: shortDate(point.analyzedAt),
    ...Object.fromEntries(chart.series.map((series) => [series.key, series.value(point)])),
  }));
  const id = `chart-${chart.title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <figure className="trend-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{chart.title}</figcaption>
      <div role="img" aria-label={summaryOf(chart, points)} className="chart-area">
        <ResponsiveContainer width="100%" height={180}>
          <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
            <XAxis dataKey="at" tickMargin={6} minTickGap={16} />
            <YAxis
              width={56}
              domain={[0, chart.max ?? 'auto']}
              tickFormatter={(value: number) => chart.format(value)}
              allowDecimals={false}
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? chart.format(value) : String(value))}
              contentStyle={{ background: 'var(--bg)', color: 'var(--text)', borderColor: 'var(--border)' }}
            />
            {chart.series.map((series) => (
              <Line
                key={series.key}
                dataKey={series.key}
                name={series.label}
                className={`series-${series.key}`}
                type="monotone"
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {points.every((point) => chart.series.every((series) => series.value(point) === null)) && (
        <p className="muted small">Not measured: no analysis of this branch had a coverage report.</p>
      )}
      {chart.series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {chart.series.map((series) => (
            <li key={series.key}>
              <span className={`swatch series-${series.key}`} />
              {series.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** The branch's trends, one point per completed analysis: issues by severity, coverage, duplication, debt, score. */
export function TrendCharts({ points }: { points: TrendPoint[] }) {
  return (
    <section aria-labelledby="trends-heading" className="trends">
      <h2 id="trends-heading">Trends</h2>
      <div className="trend-grid">
        {CHARTS.map((chart) => (
          <TrendChart key={chart.title} chart={chart} points={points} />
        ))}
      </div>
    </section>
  );
}
