import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Issue } from '../../api/issues.js';
import { CodeAround } from './CodeAround.js';
import { fileUrl } from './issue-url.js';
import { categoryLabel, statusLabel } from './labels.js';
import { ResolveIssue } from './ResolveIssue.js';
import { RuleDocs } from './RuleDocs.js';

/** One issue: what and where, the code around it, its rule's documentation a click away, and its resolution. */
export function IssueDetail({
  organization,
  projectId,
  analysisId,
  issue,
  focusOnOpen,
  onChanged,
  onClose,
}: {
  organization: string;
  projectId: number;
  analysisId: number;
  issue: Issue;
  focusOnOpen: boolean;
  onChanged: (changes: Partial<Issue>) => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [showRule, setShowRule] = useState(false);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [issue.id, focusOnOpen]);
  return (
    <section
      className="issue-detail"
      aria-labelledby="issue-detail-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h2 id="issue-detail-title" ref={heading} tabIndex={-1}>
        {issue.message}
      </h2>
      <dl className="issue-facts">
        <dt>Severity</dt>
        <dd>
          <span className={`severity severity-${issue.severity}`}>{issue.severity}</span>
        </dd>
        <dt>Category</dt>
        <dd>{categoryLabel(issue.category)}</dd>
        <dt>Rule</dt>
        <dd>
          {issue.rule} <span className="muted">({issue.tool})</span>
        </dd>
        <dt>File</dt>
        <dd className="issue-file">
          {issue.filename}:{issue.line}
        </dd>
        <dt>Status</dt>
        <dd>{statusLabel(issue.status)}</dd>
      </dl>
      {issue.help && <p className="hint">{issue.help}</p>}
      <div className="issue-actions">
        <Link className="button" to={fileUrl(organization, projectId, analysisId, issue.filename, issue.line)}>
          Open in file
        </Link>
        <button
          type="button"
          className="button"
          aria-expanded={showRule}
          aria-controls="issue-rule-docs"
          onClick={() => setShowRule((shown) => !shown)}
        >
          {showRule ? 'Hide the rule' : 'Rule documentation'}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Back to the list
        </button>
      </div>
      <div id="issue-rule-docs">
        {showRule && <RuleDocs tool={issue.tool} rule={issue.rule} message={issue.message} url={issue.ruleUrl} />}
      </div>
      <h3>Code</h3>
      <CodeAround analysisId={analysisId} filename={issue.filename} line={issue.line} lineEnd={issue.lineEnd} />
      <ResolveIssue key={issue.id} organization={organization} issue={issue} onChanged={onChanged} />
    </section>
  );
}
