import { useCallback, useRef, useState } from 'react';
import { Link, useOutletContext, useSearchParams } from 'react-router';
import type { Issue, IssueFilter } from '../../api/issues.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import type { ProjectContext } from '../project/ProjectLayout.js';
import { IssueDetail } from './IssueDetail.js';
import { IssueFilters, type ParamChanges } from './IssueFilters.js';
import { IssueList } from './IssueList.js';
import { analysisOfParams, filterKey, filterOfParams } from './issue-url.js';
import { useIssueList } from './use-issue-list.js';
import './issues.css';

function Issues({
  organization,
  projectId,
  analysisId,
  filter,
  onChange,
}: {
  organization: string;
  projectId: number;
  analysisId: number;
  filter: IssueFilter;
  onChange: (changes: ParamChanges) => void;
}) {
  const key = `${analysisId}:${filterKey(filter)}`;
  const list = useIssueList(analysisId, filter, key);
  const [opened, setOpened] = useState<{ id: number; viaKeyboard: boolean } | null>(null);
  const listArea = useRef<HTMLDivElement>(null);
  const { changeIssue } = list;
  const issue = opened ? list.issues.find((candidate) => candidate.id === opened.id) : undefined;
  const close = useCallback(() => {
    setOpened(null);
    listArea.current?.querySelector<HTMLElement>('[role=listbox]')?.focus();
  }, []);
  const onChanged = useCallback((changes: Partial<Issue>) => opened && changeIssue(opened.id, changes), [opened]);
  return (
    <>
      <IssueFilters filter={filter} facets={list.facets} onChange={onChange} />
      {list.state === 'loading' && <Loading what="the issues" />}
      {list.state === 'failed' && list.error && (
        <ErrorMessage error={list.error} retry={list.reload} title="Could not load the issues" />
      )}
      {list.state === 'loaded' && (
        <>
          <p className="muted" role="status" aria-live="polite" data-testid="issue-count">
            {list.total === 1 ? '1 issue' : `${list.total.toLocaleString('en')} issues`}
          </p>
          {list.total === 0 && list.issues.length === 0 ? (
            <p className="empty">No issue matches these filters.</p>
          ) : (
            <div className={issue ? 'issues-layout issues-layout-open' : 'issues-layout'}>
              <div ref={listArea}>
                <IssueList
                  list={list}
                  selectedId={opened?.id ?? null}
                  onOpen={(chosen, viaKeyboard) => setOpened({ id: chosen.id, viaKeyboard })}
                />
              </div>
              {issue && (
                <IssueDetail
                  organization={organization}
                  projectId={projectId}
                  analysisId={analysisId}
                  issue={issue}
                  focusOnOpen={opened?.viaKeyboard ?? false}
                  onChanged={onChanged}
                  onClose={close}
                />
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}

/** A project's issues: those of the analysis the URL names, else of its latest; every filter lives in the URL. */
export function IssuesPage() {
  const { organization, project } = useOutletContext<ProjectContext>();
  usePageTitle(`Issues of ${project.path}`);
  const [params, setParams] = useSearchParams();
  const named = analysisOfParams(params);
  const analysisId = named ?? project.latest?.analysisId;
  const filter = filterOfParams(params);
  const onChange = (changes: ParamChanges) =>
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
  const base = `/orgs/${encodeURIComponent(organization)}/projects/${project.id}/issues`;
  return (
    <>
      <div className="page-head">
        <h1>Issues</h1>
        {analysisId !== undefined && (
          <p className="muted small">
            Analysis {analysisId}
            {named !== undefined && named !== project.latest?.analysisId && (
              <>
                {' '}
                · <Link to={base}>see the latest analysis</Link>
              </>
            )}
          </p>
        )}
      </div>
      {analysisId === undefined ? (
        <p className="empty">This project has no completed analysis yet: its issues show here after the first.</p>
      ) : (
        <Issues
          key={analysisId}
          organization={organization}
          projectId={project.id}
          analysisId={analysisId}
          filter={filter}
          onChange={onChange}
        />
      )}
    </>
  );
}
