import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { analyzeNow, readHistory, RUNNING_STATES, type AnalysisRun } from '../../api/project-home.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { asApiError } from '../../components/errors.js';
import type { ApiError } from '../../api/http.js';
import { formatDate, gateWord } from '../overview/format.js';
import { usePolled } from './use-polled.js';

const STATE_WORDS: Record<string, string> = {
  new: 'Queued',
  preparing: 'Fetching the code',
  pending: 'Waiting for a worker',
  in_progress: 'Analyzing',
  completed: 'Completed',
  failed: 'Failed',
  timed_out: 'Timed out',
  canceled: 'Canceled',
};
export const stateWord = (state: string) => STATE_WORDS[state] ?? state;

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

const HISTORY_COLUMNS = ['State', 'Revision', 'Branch', 'When', 'Duration', 'Gate', 'Issues'];

const isRunning = (run: AnalysisRun) => RUNNING_STATES.includes(run.state);

function HistoryTable({ runs, issuesBase }: { runs: AnalysisRun[]; issuesBase: string }) {
  return (
    <ScrollTable label="Analysis history" className="history" columns={HISTORY_COLUMNS}>
      {runs.map((run) => (
        <tr key={run.id} data-analysis={run.id}>
          <td>
            <span className={`state state-${run.state}`}>{stateWord(run.state)}</span>
            {run.error && <p className="small muted">{run.error}</p>}
          </td>
          <td>
            <code>{run.revision?.slice(0, 10) ?? '–'}</code>
          </td>
          <td>{run.branch}</td>
          <td>{formatDate(run.createdAt)}</td>
          <td>{formatDuration(run.durationSeconds)}</td>
          <td>{run.gate ? <span className={`gate gate-${run.gate}`}>{gateWord(run.gate)}</span> : '–'}</td>
          <td>
            {run.state === 'completed' ? (
              <Link to={`${issuesBase}?analysis=${run.id}`} aria-label={`Issues of analysis ${run.id}`}>
                Issues
              </Link>
            ) : (
              '–'
            )}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}

/** The branch's analyses, polled every 2 s while one is queued or running, and the "Analyze now" button. */
export function AnalysisHistory({
  organization,
  projectId,
  branch,
  canAnalyze,
  onSettled,
}: {
  organization: string;
  projectId: number;
  branch: string;
  canAnalyze: boolean;
  onSettled: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const running = useRef(new Set<number>());
  const history = usePolled(
    `history:${organization}:${projectId}:${branch}`,
    () => readHistory(organization, projectId, branch),
    (runs) => {
      const now = new Set(runs.filter(isRunning).map((run) => run.id));
      // One that was running a moment ago has ended: the branch's figures and trend change.
      if ([...running.current].some((id) => !now.has(id))) onSettled();
      running.current = now;
      return now.size > 0;
    },
  );
  const start = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await analyzeNow(organization, projectId, branch);
      history.reload();
    } catch (error) {
      setFailure(asApiError(error));
    } finally {
      setBusy(false);
    }
  };
  const active = history.data?.find(isRunning);
  const issuesBase = `/orgs/${encodeURIComponent(organization)}/projects/${projectId}/issues`;
  return (
    <section aria-labelledby="history-heading" className="history-section">
      <div className="page-head">
        <h2 id="history-heading">Analyses of {branch}</h2>
        {canAnalyze && (
          <button type="button" className="button button-primary" onClick={start} disabled={busy}>
            {busy ? 'Queuing…' : 'Analyze now'}
          </button>
        )}
      </div>
      {failure && <ErrorMessage error={failure} title="Could not start an analysis" />}
      <p className="progress" role="status" aria-live="polite">
        {active ? `Analysis ${active.id}: ${stateWord(active.state)}…` : ''}
      </p>
      {history.error && (
        <ErrorMessage error={history.error} retry={history.reload} title="Could not load the history" />
      )}
      {!history.data && !history.error && <Loading what="the analyses" />}
      {history.data?.length === 0 && <p className="muted">No analysis of this branch yet.</p>}
      {history.data && history.data.length > 0 && <HistoryTable runs={history.data} issuesBase={issuesBase} />}
    </section>
  );
}
