import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { Link } from 'react-router';
import { readCodeFile, type CodeFile } from '../../api/code.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { fileIssuesUrl } from './code-urls.js';
import { marksOf, type CoverageState } from './file-marks.js';
import { LineNotes } from './LineNotes.js';
import { useHighlighted } from './use-highlighted.js';

interface FileViewProps {
  base: string;
  analysisId: number;
  path: string;
  /** The line to scroll to and highlight (`?line=N`). */
  line: number | undefined;
}

const COVERAGE_MARKS: Record<CoverageState, { symbol: string; words: string }> = {
  covered: { symbol: '●', words: 'covered' },
  partial: { symbol: '◐', words: 'partly covered' },
  uncovered: { symbol: '○', words: 'not covered' },
};

function CoverageLegend() {
  return (
    <ul className="coverage-legend" aria-label="Coverage legend">
      {Object.entries(COVERAGE_MARKS).map(([state, mark]) => (
        <li key={state}>
          <span className={`coverage-mark coverage-${state}`} aria-hidden="true">
            {mark.symbol}
          </span>{' '}
          {mark.words}
        </li>
      ))}
    </ul>
  );
}

/** The file's lines, highlighted, with their marks and notes; only the lines in view are in the page. */
function FileLines({ base, analysisId, path, line, file }: FileViewProps & { file: CodeFile }) {
  const tokens = useHighlighted(path, file.lines);
  const marks = useMemo(() => marksOf(path, file), [file, path]);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: file.lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 21,
    overscan: 20,
  });
  useEffect(() => {
    if (line !== undefined && line <= file.lines.length) rows.scrollToIndex(line - 1, { align: 'center' });
  }, [line, file, rows]);
  return (
    <div
      ref={scroller}
      className="code-scroll"
      role="region"
      aria-label={`Code of ${path}`}
      tabIndex={0}
      // The line numbers' column is as wide as the last number, so a short file leaves room for its code.
      style={{ '--line-number-width': `${String(file.lines.length).length + 2}ch` } as CSSProperties}
    >
      <div className="code-rows" style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map((row) => {
          const number = row.index + 1;
          const coverage = marks.coverage.get(number);
          const issues = marks.issues.get(number) ?? [];
          const duplicates = marks.duplicateStarts.get(number) ?? [];
          const classes = ['code-line'];
          if (number === line) classes.push('code-line-target');
          if (marks.duplicated.has(number)) classes.push('code-line-duplicated');
          return (
            <div
              key={row.key}
              ref={rows.measureElement}
              data-index={row.index}
              data-line={number}
              className={classes.join(' ')}
              style={{ transform: `translateY(${row.start}px)` }}
              {...(number === line ? { 'aria-current': 'location' as const } : {})}
            >
              <div className="code-line-main">
                <span className="line-number">{number}</span>
                <span className={`coverage-mark coverage-${coverage ?? 'none'}`}>
                  {coverage && (
                    <>
                      <span aria-hidden="true">{COVERAGE_MARKS[coverage].symbol}</span>
                      <span className="visually-hidden">{COVERAGE_MARKS[coverage].words}</span>
                    </>
                  )}
                </span>
                <code className="code-text">
                  {tokens[row.index]?.map((token, at) =>
                    token.className ? (
                      <span key={at} className={token.className}>
                        {token.text}
                      </span>
                    ) : (
                      token.text
                    ),
                  )}
                </code>
              </div>
              {(issues.length > 0 || duplicates.length > 0) && (
                <LineNotes base={base} analysisId={analysisId} path={path} issues={issues} duplicates={duplicates} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** A file at the analyzed revision with its issues under their lines, its coverage and its duplicated blocks. */
export function FileView(props: FileViewProps) {
  const { analysisId, path, base } = props;
  const file = useApi(`code-file:${analysisId}:${path}`, () => readCodeFile(analysisId, path));
  if (file.state === 'loading') return <Loading what={path} />;
  if (file.state === 'failed')
    return <ErrorMessage error={file.error} retry={file.reload} title={`Could not show ${path}`} />;
  const { issues, duplicates, coverage, lines } = file.data;
  return (
    <>
      <div className="file-facts">
        <p>
          {lines.length.toLocaleString('en')} lines ·{' '}
          <Link to={fileIssuesUrl(base, path, analysisId)}>
            {issues.length} {issues.length === 1 ? 'issue' : 'issues'}
          </Link>{' '}
          · {duplicates.length} duplicated {duplicates.length === 1 ? 'block' : 'blocks'}
          {coverage && !coverage.reported && ' · not in the coverage report'}
        </p>
        {coverage?.reported && <CoverageLegend />}
      </div>
      {lines.length === 0 ? <p className="empty">This file is empty.</p> : <FileLines {...props} file={file.data} />}
    </>
  );
}
