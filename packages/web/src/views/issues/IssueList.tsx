import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Issue } from '../../api/issues.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { statusLabel } from './labels.js';
import type { IssueList as LoadedIssues } from './use-issue-list.js';

/** Every row is this tall (two lines, ellipsized): the list's height is known before its rows are loaded. */
export const ROW_HEIGHT = 56;
/** Rows rendered beyond the visible ones, and how close to the loaded end the next page is asked for. */
const OVERSCAN = 5;
const PREFETCH = 150;

// A row renders again only when its issue changes (its status), not on every frame of a scroll.
const IssueRow = memo(function IssueRow({ issue }: { issue: Issue }) {
  return (
    <>
      <span className="issue-line">
        <span className={`severity severity-${issue.severity}`}>{issue.severity}</span>
        <span className="issue-message">{issue.message}</span>
      </span>
      <span className="issue-line issue-place">
        {issue.filename}:{issue.line} · {issue.rule}
        {issue.status !== 'open' && <span className="issue-status"> · {statusLabel(issue.status)}</span>}
      </span>
    </>
  );
});

/**
 * The issues as a listbox that renders only the rows in view (of 100,000 or more), asking for the next page as the
 * user nears the loaded end. Arrow keys, Page Up/Down, Home and End move; Enter opens the issue.
 */
export function IssueList({
  list,
  selectedId,
  onOpen,
}: {
  list: LoadedIssues;
  selectedId: number | null;
  onOpen: (issue: Issue, viaKeyboard: boolean) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const { issues, hasMore, loadMore } = list;
  const count = hasMore ? Math.max(list.total, issues.length + 1) : issues.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastShown >= issues.length - PREFETCH) loadMore();
  }, [lastShown, issues.length, hasMore, loadMore]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(count - 1, to));
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: count - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      move(to);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const issue = issues[active];
      if (!issue) return;
      event.preventDefault();
      onOpen(issue, true);
    }
  };

  return (
    <div className="issue-list">
      <div className="issue-scroller" ref={scroller} data-testid="issue-scroller">
        <div
          role="listbox"
          aria-label={`Issues, ${count} in all`}
          tabIndex={0}
          className="issue-listbox"
          aria-activedescendant={count > 0 ? `issue-row-${active}` : undefined}
          onKeyDown={onKeyDown}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const issue = issues[item.index];
            return (
              <div
                key={item.key}
                id={`issue-row-${item.index}`}
                role="option"
                aria-selected={issue !== undefined && issue.id === selectedId}
                aria-setsize={count}
                aria-posinset={item.index + 1}
                className={`issue-row${item.index === active ? ' issue-row-active' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive(item.index);
                  if (issue) onOpen(issue, false);
                }}
              >
                {issue ? <IssueRow issue={issue} /> : <span className="issue-line muted">Loading issue…</span>}
              </div>
            );
          })}
        </div>
      </div>
      {list.moreError && <ErrorMessage error={list.moreError} retry={loadMore} title="Could not load more issues" />}
    </div>
  );
}
