import { readFileLines } from '../../api/issues.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';

/** Lines shown before and after an issue's lines. */
const CONTEXT = 5;

/** The code around an issue at the analysis's revision, its own lines highlighted. */
export function CodeAround({
  analysisId,
  filename,
  line,
  lineEnd,
}: {
  analysisId: number;
  filename: string;
  line: number;
  lineEnd: number;
}) {
  const file = useApi(`file:${analysisId}:${filename}`, () => readFileLines(analysisId, filename));
  if (file.state === 'loading') return <Loading what="the code" />;
  if (file.state === 'failed')
    return <ErrorMessage error={file.error} retry={file.reload} title="Could not load the code" />;
  const from = Math.max(1, line - CONTEXT);
  const to = Math.min(file.data.length, Math.max(line, lineEnd) + CONTEXT);
  const shown = file.data.slice(from - 1, to);
  return (
    <pre className="code-around" tabIndex={0} aria-label={`${filename}, lines ${from} to ${to}`}>
      <code>
        {shown.map((text, offset) => {
          const number = from + offset;
          const flagged = number >= line && number <= Math.max(line, lineEnd);
          return (
            <span key={number} className={flagged ? 'code-line code-line-issue' : 'code-line'}>
              <span className="code-number" aria-hidden="true">
                {number}
              </span>
              {flagged && <span className="visually-hidden">Issue here: </span>}
              {text || ' '}
              {'\n'}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
