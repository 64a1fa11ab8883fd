import { Link, useOutletContext, useSearchParams } from 'react-router';
import { FUNCTIONS_PER_PAGE, readFunctions, type CodeFunction, type FunctionOrder } from '../../api/code.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import type { ProjectContext } from '../project/ProjectLayout.js';
import { chosenAnalysis } from './analysis-choice.js';
import { CodeHeader } from './CodeHeader.js';
import { ForeignAnalysis, NoAnalysis } from './CodeMessages.js';
import { codeUrl, projectBase } from './code-urls.js';
import './code.css';

const COLUMNS: {
  order: FunctionOrder;
  label: string;
  number: boolean;
  value: (fn: CodeFunction) => string | number;
}[] = [
  { order: 'FunctionName', label: 'Function', number: false, value: (fn) => fn.name },
  { order: 'Filename', label: 'File', number: false, value: (fn) => `${fn.filename}:${fn.lineStart}` },
  { order: 'Complexity', label: 'Cyclomatic', number: true, value: (fn) => fn.complexity },
  { order: 'CognitiveComplexity', label: 'Cognitive', number: true, value: (fn) => fn.cognitiveComplexity },
  { order: 'Length', label: 'Length', number: true, value: (fn) => fn.length },
];

const isOrder = (value: string | null): value is FunctionOrder => COLUMNS.some((column) => column.order === value);

/** An analysis's functions, most complex first; sort, path filter and page live in the URL. */
function Functions({ base, projectId, analysisId }: { base: string; projectId: number; analysisId: number }) {
  const [params, setParams] = useSearchParams();
  const sortParam = params.get('sort');
  const orderBy: FunctionOrder = isOrder(sortParam) ? sortParam : 'Complexity';
  const textual = orderBy === 'FunctionName' || orderBy === 'Filename';
  const desc = params.has('dir') ? params.get('dir') === 'desc' : !textual;
  const path = params.get('path') ?? '';
  const skip = Math.max(0, Number(params.get('skip')) || 0);
  const key = `functions:${analysisId}:${orderBy}:${desc}:${path}:${skip}`;
  const found = useApi(key, () => readFunctions(analysisId, { path, orderBy, desc, skip }));
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes))
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const onSort = (order: FunctionOrder) =>
    update({ sort: order, dir: order === orderBy ? (desc ? 'asc' : 'desc') : null, skip: null });
  if (found.state === 'loaded' && found.data.analysis.plumbProjectId !== projectId)
    return <ForeignAnalysis analysisId={analysisId} />;
  return (
    <>
      <h1 className="code-title">Functions</h1>
      {found.state === 'loaded' && <CodeHeader base={base} analysis={found.data.analysis} />}
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="function-path">Path starts with</label>
          <input
            id="function-path"
            type="search"
            value={path}
            placeholder="src/"
            onChange={(event) => update({ path: event.target.value, skip: null })}
          />
        </div>
      </form>
      {found.state === 'loading' && <Loading what="the functions" />}
      {found.state === 'failed' && (
        <ErrorMessage error={found.error} retry={found.reload} title="Could not load the functions" />
      )}
      {found.state === 'loaded' && found.data.total === 0 && (
        <p className="empty">No function{path ? ` under ${path}` : ''} in this analysis.</p>
      )}
      {found.state === 'loaded' && found.data.total > 0 && (
        <>
          <div className="table-scroll" role="region" aria-label="Functions" tabIndex={0}>
            <table className="functions">
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th
                      key={column.order}
                      scope="col"
                      className={column.number ? 'number' : ''}
                      aria-sort={column.order === orderBy ? (desc ? 'descending' : 'ascending') : 'none'}
                    >
                      <button type="button" className="sort-button" onClick={() => onSort(column.order)}>
                        {column.label}
                        <span className="sort-mark" aria-hidden="true">
                          {column.order === orderBy ? (desc ? '▼' : '▲') : ''}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {found.data.functions.map((fn) => (
                  <tr key={`${fn.filename}:${fn.lineStart}:${fn.name}`}>
                    <th scope="row">
                      <Link to={codeUrl(base, fn.filename, analysisId, fn.lineStart)}>{fn.name}</Link>
                    </th>
                    {COLUMNS.slice(1).map((column) => (
                      <td key={column.order} className={column.number ? 'number' : 'code-path'}>
                        {column.value(fn)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label="Pages of functions">
            <span>
              {skip + 1}–{skip + found.data.functions.length} of {found.data.total}
            </span>
            <button
              type="button"
              className="button"
              disabled={skip === 0}
              onClick={() => update({ skip: String(Math.max(0, skip - FUNCTIONS_PER_PAGE)) })}
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={skip + FUNCTIONS_PER_PAGE >= found.data.total}
              onClick={() => update({ skip: String(skip + FUNCTIONS_PER_PAGE) })}
            >
              Next
            </button>
          </nav>
        </>
      )}
    </>
  );
}

/** `functions?analysis=ID&sort=Complexity&dir=desc&path=src/`: the code tab's list of functions. */
export function FunctionsPage() {
  const { organization, project } = useOutletContext<ProjectContext>();
  const [search] = useSearchParams();
  usePageTitle(`Functions · ${project.path}`);
  const analysisId = chosenAnalysis(search, project);
  if (typeof analysisId !== 'number') return <NoAnalysis choice={analysisId} />;
  return <Functions base={projectBase(organization, project.id)} projectId={project.id} analysisId={analysisId} />;
}
