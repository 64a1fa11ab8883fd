import { matchFindings, type Finding } from '@plumb/engine';

/** A finding of an earlier analysis, or the last-seen facts of an issue, with the issue it belongs to. */
export interface TrackedFinding extends Finding {
  issueId: number;
  /** The issue's status before this analysis. */
  status: IssueStatus;
}

export type IssueStatus = 'open' | 'fixed' | 'reopened' | 'false_positive' | 'ignored';

/** What becomes of each current finding's issue. */
export type IssueFate =
  /** Same issue as in the base analysis, same scope: keeps its identity and status. */
  | { kind: 'kept'; issueId: number; status: IssueStatus }
  /** An issue of this scope that had gone came back: reopened when it was fixed, else keeping its verdict. */
  | { kind: 'reopened'; issueId: number; status: IssueStatus }
  /** A new issue of this scope; `inherited` when it continues an issue of another branch (a branch's first run). */
  | { kind: 'new'; isNew: boolean; inherited?: { status: IssueStatus; firstAnalysisId?: number } };

export interface TrackingInput {
  current: readonly Finding[];
  /** The base analysis's findings (this scope's previous analysis, or the default branch's latest). */
  base: readonly TrackedFinding[];
  /** Whether the base belongs to this scope: its issues continue; otherwise new issues inherit their status. */
  baseInScope: boolean;
  /** This scope's issues gone from the code, as their last findings: one that comes back is reopened. */
  fixed: readonly TrackedFinding[];
}

export interface TrackingResult {
  /** One fate per current finding, in the order given. */
  fates: IssueFate[];
  /** Issues of the base (in scope) that no current finding continues. */
  /** The base's findings (in scope) that no current finding continues: their issues are fixed in this analysis. */
  fixed: TrackedFinding[];
  counts: { new: number; common: number; fixed: number };
}

/**
 * Follows each finding from the base analysis into this one with the engine's tracker, then matches what is left
 * against the scope's fixed issues, so an issue that comes back is reopened rather than new.
 */
export function trackIssues(input: TrackingInput): TrackingResult {
  const fates = new Map<Finding, IssueFate>();
  const match = matchFindings(input.base, input.current);
  for (const { previous, current } of match.common) {
    const base = previous as TrackedFinding;
    fates.set(
      current,
      input.baseInScope
        ? { kind: 'kept', issueId: base.issueId, status: base.status }
        : { kind: 'new', isNew: false, inherited: { status: inheritedStatus(base.status) } },
    );
  }
  const comeBack = matchFindings(input.fixed, match.added);
  for (const { previous, current } of comeBack.common) {
    const gone = previous as TrackedFinding;
    fates.set(current, {
      kind: 'reopened',
      issueId: gone.issueId,
      status: gone.status === 'fixed' ? 'reopened' : gone.status,
    });
  }
  for (const finding of comeBack.added) fates.set(finding, { kind: 'new', isNew: true });
  return {
    fates: input.current.map((finding) => fates.get(finding) ?? { kind: 'new', isNew: true }),
    fixed: input.baseInScope ? (match.fixed as TrackedFinding[]) : [],
    counts: { new: match.added.length, common: match.common.length, fixed: match.fixed.length },
  };
}

/** The status of a finding's issue once its analysis is stored. */
export const statusOf = (fate: IssueFate): IssueStatus =>
  fate.kind === 'new' ? (fate.inherited?.status ?? 'open') : fate.status;

/** A branch's first analysis continues the default branch's verdicts, not its fix history. */
function inheritedStatus(status: IssueStatus): IssueStatus {
  return status === 'false_positive' || status === 'ignored' ? status : 'open';
}
