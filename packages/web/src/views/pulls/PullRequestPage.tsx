import { Link, useOutletContext, useParams } from 'react-router';
import { readCodeReview, readReviewFiles, type CodeReview } from '../../api/project-home.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { GateConditions } from '../../components/GateConditions.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import type { ProjectContext } from '../project/ProjectLayout.js';
import '../project-home/project-home.css';
import './pulls.css';

type Annotation = CodeReview['annotations'][number];

const KIND_WORDS: Record<string, string> = {
  Violation: 'Violation',
  Duplicate: 'Duplicated code',
  ComplexFunction: 'Complex function',
  LongFunction: 'Long function',
};
/** Codiga's severity scale: 1 critical … 4 info. */
const SEVERITY_WORDS = ['', 'Critical', 'High', 'Moderate', 'Info'];

/** What the review changed in one file, and its annotations on the changed lines, each under its line of code. */
function FileChanges({
  modification,
  annotations,
  lines,
}: {
  modification: CodeReview['modifications'][number] | undefined;
  annotations: Annotation[];
  lines: string[] | undefined;
}) {
  const filename = modification?.filename ?? annotations[0]!.filename;
  const byLine = new Map<number, Annotation[]>();
  for (const annotation of annotations)
    byLine.set(annotation.line, [...(byLine.get(annotation.line) ?? []), annotation]);
  const change = !modification ? '' : modification.added ? 'added' : modification.removed ? 'removed' : 'changed';
  return (
    <section className="review-file" aria-label={filename}>
      <h3>
        <code>{filename}</code>
        {modification && (
          <span className="small muted">
            {' '}
            {change}, <span className="lines-added">+{modification.linesAdded}</span>{' '}
            <span className="lines-removed">−{modification.linesRemoved}</span>
          </span>
        )}
      </h3>
      {byLine.size > 0 && (
        <ol className="annotated-lines">
          {[...byLine.entries()]
            .sort(([a], [b]) => a - b)
            .map(([line, found]) => (
              <li key={line} className="annotated-line" data-line={line}>
                <div className="code-line">
                  <span className="line-number">{line}</span>
                  <code>{lines?.[line - 1] ?? ''}</code>
                </div>
                <ul className="annotations">
                  {found.map((annotation, position) => (
                    <li key={position} className={`annotation annotation-${annotation.annotationKind}`}>
                      <strong>{KIND_WORDS[annotation.annotationKind] ?? annotation.annotationKind}</strong>
                      {annotation.severity !== null && ` · ${SEVERITY_WORDS[annotation.severity] ?? ''}`}
                      {annotation.rule && (
                        <>
                          {' · '}
                          <code>{annotation.rule}</code>
                        </>
                      )}
                      {annotation.description && <span>: {annotation.description}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}

function ReviewBody({ review }: { review: CodeReview }) {
  const annotated = [...new Set(review.annotations.map((annotation) => annotation.filename))];
  const files = useApi(`review-files:${review.id}:${annotated.join('\0')}`, () =>
    readReviewFiles(review.id, annotated),
  );
  const filenames = [...new Set([...review.modifications.map((m) => m.filename), ...annotated])].sort();
  return (
    <>
      <p className="muted">
        {review.annotations.length} {review.annotations.length === 1 ? 'annotation' : 'annotations'} on the changed
        lines of {review.modifications.length} {review.modifications.length === 1 ? 'file' : 'files'}.
      </p>
      {files.state === 'failed' && (
        <ErrorMessage error={files.error} retry={files.reload} title="Could not load the code of the changed files" />
      )}
      {filenames.map((filename) => (
        <FileChanges
          key={filename}
          modification={review.modifications.find((m) => m.filename === filename)}
          annotations={review.annotations.filter((annotation) => annotation.filename === filename)}
          lines={files.state === 'loaded' ? files.data.get(filename) : undefined}
        />
      ))}
    </>
  );
}

/** One code review (`…/pulls/:reviewId`): its gate verdict, the files it changed, its annotations on changed lines. */
export function PullRequestPage() {
  const { organization, project } = useOutletContext<ProjectContext>();
  const { reviewId = '' } = useParams();
  const id = Number(reviewId);
  usePageTitle(`${project.path} · Pull request review ${reviewId}`);
  const loaded = useApi(`review:${organization}:${project.id}:${reviewId}`, () =>
    readCodeReview(organization, project.id, id),
  );
  const back = `/orgs/${encodeURIComponent(organization)}/projects/${project.id}/pulls`;
  return (
    <div className="pulls">
      <p>
        <Link to={back}>← All pull requests</Link>
      </p>
      {loaded.state === 'loading' && <Loading what="the review" />}
      {loaded.state === 'failed' && (
        <ErrorMessage error={loaded.error} retry={loaded.reload} title="Could not load the review" />
      )}
      {loaded.state === 'loaded' && !loaded.data.review && (
        <div className="message message-error" role="alert">
          <p className="message-title">No such review</p>
          <p>This project has no pull-request review {reviewId}.</p>
        </div>
      )}
      {loaded.state === 'loaded' && loaded.data.review && (
        <>
          <h1>
            {loaded.data.review.sourceBranch ?? 'Review'} → {loaded.data.review.targetBranch ?? project.defaultBranch}
          </h1>
          <p className="muted small">
            Review {loaded.data.review.id} · {loaded.data.review.status}
            {loaded.data.review.revision && (
              <>
                {' '}
                · revision <code>{loaded.data.review.revision.slice(0, 10)}</code>
              </>
            )}
            {loaded.data.review.url && (
              <>
                {' · '}
                <a href={loaded.data.review.url}>open on its forge</a>
              </>
            )}
          </p>
          <GateConditions status={loaded.data.gate.status} conditions={loaded.data.gate.conditions} />
          <h2>Changes</h2>
          <ReviewBody review={loaded.data.review} />
        </>
      )}
    </div>
  );
}
