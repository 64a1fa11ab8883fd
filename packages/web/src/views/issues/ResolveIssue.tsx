import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/http.js';
import { resolveIssue, type Issue, type Resolution } from '../../api/issues.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { asApiError } from '../../components/errors.js';
import { statusLabel } from './labels.js';

const RESOLVED = new Set(['false_positive', 'ignored']);

const KINDS: { status: Resolution; label: string }[] = [
  { status: 'false_positive', label: 'False positive: the rule is wrong here' },
  { status: 'ignored', label: 'Ignore: right, but not worth fixing' },
];

/** Marks the issue a false positive or ignored with a required reason (through every later analysis), or undoes it. */
export function ResolveIssue({
  organization,
  issue,
  onChanged,
}: {
  organization: string;
  issue: Issue;
  onChanged: (changes: Partial<Issue>) => void;
}) {
  const [kind, setKind] = useState<Resolution>('false_positive');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!issue.issueId)
    return <p className="muted">This finding is not tracked across analyses: it cannot be resolved.</p>;
  const issueId = issue.issueId;

  const change = async (status: Resolution, why: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await resolveIssue(organization, issueId, status, why);
      onChanged({ status: answer.status, resolution: answer.resolution });
      setReason('');
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setMissing(true);
    setMissing(false);
    void change(kind, reason.trim());
  };

  if (RESOLVED.has(issue.status)) {
    const { resolution } = issue;
    const when = resolution?.at ? new Date(resolution.at).toLocaleString() : null;
    return (
      <div className="resolution" aria-live="polite">
        <p>
          <strong>{statusLabel(issue.status)}</strong>
          {resolution?.by && <> by {resolution.by}</>}
          {when && <> on {when}</>}
          {resolution?.reason && <>: “{resolution.reason}”</>}
        </p>
        <p className="hint">It stays so in every later analysis of this branch.</p>
        <button type="button" className="button" disabled={busy} onClick={() => void change('open', null)}>
          Reopen the issue
        </button>
        {error && <ErrorMessage error={error} title="Could not reopen the issue" />}
      </div>
    );
  }
  return (
    <form className="form resolve-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>Resolve this issue</legend>
        {KINDS.map(({ status, label }) => (
          <div className="field-check" key={status}>
            <input
              id={`resolve-${status}`}
              type="radio"
              name="resolution"
              checked={kind === status}
              onChange={() => setKind(status)}
            />
            <label htmlFor={`resolve-${status}`}>{label}</label>
          </div>
        ))}
        <div className="field">
          <label htmlFor="resolve-reason">Reason (required)</label>
          <textarea
            id="resolve-reason"
            rows={2}
            maxLength={2000}
            value={reason}
            aria-invalid={missing}
            aria-describedby={missing ? 'resolve-reason-missing' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {missing && (
            <p id="resolve-reason-missing" className="field-error" role="alert">
              Reason: say why, for whoever reads this issue later.
            </p>
          )}
        </div>
        <div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {kind === 'false_positive' ? 'Mark as false positive' : 'Ignore the issue'}
          </button>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} title="Could not resolve the issue" />}
    </form>
  );
}
