import { lazy, Suspense } from 'react';
import { useOutletContext, useParams, useSearchParams } from 'react-router';
import { readCodePlace } from '../../api/code.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import type { ProjectContext } from '../project/ProjectLayout.js';
import { chosenAnalysis } from './analysis-choice.js';
import { CodeHeader } from './CodeHeader.js';
import { CodeNotice, ForeignAnalysis, NoAnalysis } from './CodeMessages.js';
import { CodeTree } from './CodeTree.js';
import { projectBase } from './code-urls.js';
import './code.css';

// The file view brings the highlighter and its grammars: loaded only when a file is opened.
const FileView = lazy(async () => ({ default: (await import('./FileView.js')).FileView }));

/** A directory (its children with their counts) or a file of one analysis, by the path in the URL. */
interface CodePlaceProps {
  base: string;
  projectId: number;
  analysisId: number;
  path: string;
}

function CodePlace({ base, projectId, analysisId, path }: CodePlaceProps) {
  const [search] = useSearchParams();
  const place = useApi(`code:${analysisId}:${path}`, () => readCodePlace(analysisId, path));
  if (place.state === 'loading') return <Loading what={path || 'the files'} />;
  if (place.state === 'failed')
    return <ErrorMessage error={place.error} retry={place.reload} title={`Could not load ${path || 'the files'}`} />;
  const { analysis, children, kind } = place.data;
  if (analysis.plumbProjectId !== projectId) return <ForeignAnalysis analysisId={analysis.id} />;
  const line = Number(search.get('line'));
  return (
    <>
      <h1 className="code-title">{path.split('/').at(-1) || 'Files'}</h1>
      <CodeHeader base={base} analysis={analysis} path={path} />
      {kind === 'directory' && <CodeTree base={base} analysisId={analysis.id} nodes={children} />}
      {kind === 'missing' && (
        <CodeNotice title={`${path} is not in this analysis`}>
          Analysis {analysis.id} has no file or directory at this path: it may have been moved or deleted, or excluded
          from analysis. Go up with the breadcrumbs.
        </CodeNotice>
      )}
      {kind === 'file' && (
        <Suspense fallback={<Loading what={path} />}>
          <FileView
            base={base}
            analysisId={analysis.id}
            path={path}
            line={Number.isSafeInteger(line) && line > 0 ? line : undefined}
          />
        </Suspense>
      )}
    </>
  );
}

/** The code tab: `code` for the top of the tree, `code/*` for a directory or a file; `?analysis=ID&line=N`. */
export function CodePage() {
  const { organization, project } = useOutletContext<ProjectContext>();
  const path = (useParams()['*'] ?? '').replace(/^\/+|\/+$/g, '');
  const [search] = useSearchParams();
  usePageTitle(`${path || 'Code'} · ${project.path}`);
  const analysisId = chosenAnalysis(search, project);
  if (typeof analysisId !== 'number') return <NoAnalysis choice={analysisId} />;
  return (
    <CodePlace
      base={projectBase(organization, project.id)}
      projectId={project.id}
      analysisId={analysisId}
      path={path}
    />
  );
}
