// Plumb's records in Codiga's words: statuses, kinds, users, dates.
import type { AnalysisState } from '../../domain/analyses/index.js';
import type { Role } from '../../domain/access/index.js';
import type { Provider } from '../../domain/projects/index.js';
import type { User } from '../../domain/users/index.js';

/** Codiga's AnalysisResultStatus of each analysis state. */
const STATUS_OF_STATE: Record<AnalysisState, string> = {
  new: 'Scheduled',
  pending: 'Scheduled',
  preparing: 'Started',
  in_progress: 'InProgress',
  completed: 'Done',
  failed: 'Error',
  timed_out: 'Error',
  canceled: 'Error',
};

export const analysisStatus = (state: AnalysisState): string => STATUS_OF_STATE[state];

/** The analysis states a list of Codiga statuses keeps (`Same_Revision`, `Ignore`, `Unknown` keep none). */
export function statesOf(statuses: readonly string[]): AnalysisState[] {
  const wanted = new Set(statuses);
  return (Object.keys(STATUS_OF_STATE) as AnalysisState[]).filter((state) => wanted.has(STATUS_OF_STATE[state]));
}

/** Codiga's ScmKind of a project's provider. */
export const scmKind = (provider: Provider): string =>
  ({ g: 'Github', gl: 'Gitlab', b: 'Bitbucket', gp: 'Git' })[provider];

/** Codiga's group membership level: administrators and the others, who read. */
export const membershipLevel = (role: Role): string => (role === 'OWNER' || role === 'ADMIN' ? 'Admin' : 'Read');

/** Codiga's date format, "2019-07-15 05:38:10.0", in UTC. */
export const codigaDate = (date: Date): string => `${date.toISOString().slice(0, 19).replace('T', ' ')}.0`;

/** Codiga's ProjectStatus for the grade of the code quality score (A to E). */
export const projectStatusOfGrade = (grade: unknown): string | null =>
  typeof grade === 'string'
    ? ({ A: 'Excellent', B: 'Good', C: 'Neutral', D: 'Warning', E: 'Critical' }[grade] ?? 'Unknown')
    : null;

/** A user as Codiga's User type shows them; `row` is kept for the fields that read further. */
export function userView(user: User) {
  const [firstname = '', ...rest] = user.displayName.trim().split(/\s+/);
  return {
    row: user,
    id: user.id,
    username: user.displayName.trim() || user.email,
    email: user.email,
    accountType: 'Regular',
    level: 'Basic',
    creationDate: codigaDate(user.createdAt),
    info: {
      firstname,
      lastname: rest.join(' '),
      address: '',
      city: '',
      country: '',
      state: '',
      url: '',
      zipcode: '',
      heardAbout: '',
      heard_about: '',
    },
    linkedAccounts: [],
    apiKey: null,
  };
}
export type UserView = ReturnType<typeof userView>;
