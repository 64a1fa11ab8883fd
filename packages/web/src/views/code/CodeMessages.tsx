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
