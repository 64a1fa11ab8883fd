import { Link } from 'react-router';
import type { FileIssue } from '../../api/code.js';
import { codeUrl, fileIssuesUrl } from './code-urls.js';
import { SEVERITY_NAMES, type DuplicateHere } from './file-marks.js';

interface LineNotesProps {
  base: string;
  analysisId: number;
  path: string;
  issues: FileIssue[];
  duplicates: DuplicateHere[];
}

/** What is said about one line, shown under it: its issues and the clones starting on it. */
export function LineNotes({ base, analysisId, path, issues, duplicates }: LineNotesProps) {
  return (
    <ul className="line-notes">
      {issues.map((issue, at) => {
        const severity = SEVERITY_NAMES[issue.severity] ?? 'info';
        return (
          <li key={`issue-${at}`} className={`line-note line-note-issue severity-${severity}`}>
            <span className="severity-label">{severity}</span> {issue.description}{' '}
            <Link to={fileIssuesUrl(base, path, analysisId)} className="small">
              {issue.tool}/{issue.rule}
            </Link>
          </li>
        );
      })}
      {duplicates.map((duplicate) => (
        <li key={`duplicate-${duplicate.id}-${duplicate.lineStart}`} className="line-note line-note-duplicate">
          Duplicated block, lines {duplicate.lineStart}–{duplicate.lineEnd}, also in{' '}
          {duplicate.others.map((other, at) => (
            <span key={`${other.filename}:${other.line}`}>
              {at > 0 && ', '}
              <Link to={codeUrl(base, other.filename, analysisId, other.line)}>
                {other.filename}:{other.line}
              </Link>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
