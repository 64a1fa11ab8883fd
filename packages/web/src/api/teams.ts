import { graphql } from './graphql.js';

// The organization's teams and their project access: Plumb's GraphQL extensions (docs/dashboard.md#settings).

export const TEAM_ACCESS = ['view', 'developer', 'admin'] as const;

export interface Team {
  uuid: string;
  name: string;
  members: { uuid: string; email: string; displayName: string }[];
  projects: { projectId: number; path: string; access: string }[];
}

export const listTeams = async (organization: string) =>
  (
    await graphql<{ plumbTeams: Team[] }>(
      `
        query Teams($organization: String!) {
          plumbTeams(organization: $organization) {
            uuid
            name
            members {
              uuid
              email
              displayName
            }
            projects {
              projectId
              path
              access
            }
          }
        }
      `,
      { organization },
    )
  ).plumbTeams;

export const createTeam = (organization: string, name: string) =>
  graphql(
    `
      mutation CreateTeam($organization: String!, $name: String!) {
        plumbCreateTeam(organization: $organization, name: $name) {
          uuid
        }
      }
    `,
    { organization, name },
  );

/** One change to a team: the mutation's name and its arguments besides the organization and the team. */
function changeTeam(mutation: string, params: string, args: string) {
  return (organization: string, team: string, variables: Record<string, unknown> = {}) =>
    graphql(
      `mutation ChangeTeam($organization: String!, $team: String!${params}) {
        ${mutation}(organization: $organization, team: $team${args})
      }`,
      { organization, team, ...variables },
    );
}

export const deleteTeam = changeTeam('plumbDeleteTeam', '', '');
export const addTeamMember = changeTeam('plumbAddTeamMember', ', $email: String!', ', email: $email');
export const removeTeamMember = changeTeam('plumbRemoveTeamMember', ', $user: String!', ', user: $user');
export const putTeamProject = changeTeam(
  'plumbPutTeamProject',
  ', $projectId: Long!, $access: String!',
  ', projectId: $projectId, access: $access',
);
export const removeTeamProject = changeTeam('plumbRemoveTeamProject', ', $projectId: Long!', ', projectId: $projectId');
