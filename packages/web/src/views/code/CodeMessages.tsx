import type { ReactNode } from 'react';

/** Why a code page has nothing to show, and what to do about it. */
export function CodeNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="message message-error" role="alert">
      <p className="message-title">{title}</p>
      <p>{children}</p>
    </div>
  );
}

/** The page of a project never analyzed, or of an `?analysis=` that is not a number. */
export function NoAnalysis({ choice }: { choice: 'invalid' | 'none' }) {
  return choice === 'none' ? (
    <p className="empty">This project has no completed analysis yet: its files show here after the first one.</p>
  ) : (
    <CodeNotice title="No such analysis">
      The address's <code>analysis</code> parameter must be an analysis number: open the code tab again from the
      project.
    </CodeNotice>
  );
}

/** An `?analysis=` of another project of the organization: its files are not this project's. */
export function ForeignAnalysis({ analysisId }: { analysisId: number }) {
  return (
    <CodeNotice title="Not an analysis of this project">
      Analysis {analysisId} belongs to another project: open the code tab again from this project to see its latest
      analysis.
    </CodeNotice>
  );
}
