import { useState } from 'react';
import { makeReport, readReports, type Report } from '../../api/project-home.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { FigureList } from '../../components/FigureList.js';
import { Loading } from '../../components/Loading.js';
import { useSubmit } from '../../components/use-submit.js';
import { formatPercent } from '../overview/format.js';

const signed = (change: number | null, digits = 0) =>
  change === null ? '' : ` (${change > 0 ? '+' : ''}${change.toFixed(digits)})`;

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** One report opened: quality and issues with their changes, activity, largest commits and top contributors. */
function ReportDetail({ report }: { report: Report }) {
  // end_date is exclusive: the window's last day is the one before it.
  const lastDay = new Date(new Date(report.endDate).getTime() - 1).toISOString();
  return (
    <div className="report-detail" id={`report-${report.date}`}>
      <p className="muted small">
        {report.branch}, {day(report.startDate)} to {day(lastDay)}
      </p>
      <FigureList
        figures={[
          ['Quality score', `${report.qualityScore?.toFixed(1) ?? '–'}${signed(report.qualityScoreChange, 1)}`],
          ['Open issues', `${report.issues ?? '–'}${signed(report.issuesChange)}`],
          ['Critical issues', `${report.alerts ?? '–'}${signed(report.alertsChange)}`],
          ['Coverage', formatPercent(report.testCoverage)],
          ['Commits', `${report.commits} (+${report.additions} −${report.deletions} lines)`],
        ]}
      />
      {report.topContributors.length > 0 && (
        <>
          <h3>Top contributors</h3>
          <ul>
            {report.topContributors.map((contributor) => (
              <li key={contributor.name}>
                {contributor.name}: {contributor.commits} commits, +{contributor.additions} −{contributor.deletions}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.largestCommits.length > 0 && (
        <>
          <h3>Largest commits</h3>
          <ul>
            {report.largestCommits.map((commit) => (
              <li key={commit.ref}>
                <code>{commit.ref.slice(0, 10)}</code> {commit.title} ({commit.author})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The project's development reports (docs/reports.md): listed newest first, each opened in place, one made now. */
export function Reports({
  organization,
  projectId,
  canMake,
}: {
  organization: string;
  projectId: number;
  canMake: boolean;
}) {
  const reports = useApi(`reports:${organization}:${projectId}`, () => readReports(organization, projectId));
  const [open, setOpen] = useState<string>();
  const { busy, error, submit } = useSubmit(async () => {
    const made = await makeReport(organization, projectId);
    reports.reload();
    setOpen(made.date);
  });
  return (
    <section aria-labelledby="reports-heading" className="reports">
      <div className="page-head">
        <h2 id="reports-heading">Development reports</h2>
        {canMake && (
          <form onSubmit={submit}>
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Making the report…' : 'Make a report of the last 7 days'}
            </button>
          </form>
        )}
      </div>
      {error && <ErrorMessage error={error} title="Could not make the report" />}
      {reports.state === 'loading' && <Loading what="the reports" />}
      {reports.state === 'failed' && (
        <ErrorMessage error={reports.error} retry={reports.reload} title="Could not load the reports" />
      )}
      {reports.state === 'loaded' && reports.data.length === 0 && (
        <p className="muted">No report yet: one is made every week, or now with the button.</p>
      )}
      {reports.state === 'loaded' && reports.data.length > 0 && (
        <ul className="report-list">
          {reports.data.map((report) => (
            <li key={report.date}>
              <button
                type="button"
                className="button button-quiet"
                aria-expanded={open === report.date}
                aria-controls={`report-${report.date}`}
                onClick={() => setOpen(open === report.date ? undefined : report.date)}
              >
                Report of {report.date}
              </button>
              <span className="muted small">
                {' '}
                score {report.qualityScore === null ? '–' : report.qualityScore.toFixed(1)}, {report.issues ?? '–'} open
                issues, {report.commits} commits
              </span>
              {open === report.date && <ReportDetail report={report} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
