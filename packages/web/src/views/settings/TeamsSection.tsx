import { useState } from 'react';
import { listProjects, type ProjectSummary } from '../../api/projects.js';
import {
  addTeamMember,
  createTeam,
  deleteTeam,
  listTeams,
  putTeamProject,
  removeTeamMember,
  removeTeamProject,
  TEAM_ACCESS,
  type Team,
} from '../../api/teams.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { useSubmit } from '../../components/use-submit.js';
import { Choice } from './Choice.js';
import { useSettings } from './settings-context.js';
import { RowButton } from './SettingsList.js';
import { useAction } from './use-action.js';

/** One team: its members and its projects with their access; admins change them. */
function TeamCard({ team, projects, onChange }: { team: Team; projects: ProjectSummary[]; onChange: () => void }) {
  const { organization, canManage } = useSettings();
  const [email, setEmail] = useState('');
  const [projectId, setProjectId] = useState('');
  const [access, setAccess] = useState<string>('developer');
  const change = useAction();
  const act = (action: () => Promise<unknown>) =>
    change.run(async () => {
      try {
        await action();
      } finally {
        onChange();
      }
    });
  const free = projects.filter((project) => !team.projects.some((granted) => granted.projectId === project.id));
  const id = `team-${team.uuid}`;
  return (
    <article className="webhook" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{team.name}</h3>
      {change.error && <ErrorMessage error={change.error} title={`Could not change ${team.name}`} />}
      <h4>Members</h4>
      {team.members.length === 0 ? (
        <p className="muted">No member yet.</p>
      ) : (
        <ul className="plain-list">
          {team.members.map((member) => (
            <li key={member.uuid}>
              {member.email}{' '}
              {canManage && (
                <RowButton
                  label="Remove"
                  name={`Remove ${member.email} from ${team.name}`}
                  busy={change.busy}
                  onClick={() => act(() => removeTeamMember(organization, team.uuid, { user: member.uuid }))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form
          className="form inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void act(async () => {
              await addTeamMember(organization, team.uuid, { email: email.trim() });
              setEmail('');
            });
          }}
        >
          <Field
            id={`${id}-email`}
            label={`Add to ${team.name} by email`}
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="button" disabled={change.busy}>
            Add member
          </button>
        </form>
      )}
      <h4>Projects</h4>
      {team.projects.length === 0 ? (
        <p className="muted">No project yet: the team’s members see only what their role shows.</p>
      ) : (
        <ul className="plain-list">
          {team.projects.map((granted) => (
            <li key={granted.projectId}>
              {granted.path}:{' '}
              {canManage ? (
                <select
                  aria-label={`Access of ${team.name} to ${granted.path}`}
                  value={granted.access}
                  onChange={(event) =>
                    act(() =>
                      putTeamProject(organization, team.uuid, {
                        projectId: granted.projectId,
                        access: event.target.value,
                      }),
                    )
                  }
                >
                  {TEAM_ACCESS.map((level) => (
                    <option key={level}>{level}</option>
                  ))}
                </select>
              ) : (
                granted.access
              )}{' '}
              {canManage && (
                <RowButton
                  label="Remove"
                  name={`Remove ${granted.path} from ${team.name}`}
                  busy={change.busy}
                  onClick={() =>
                    act(() => removeTeamProject(organization, team.uuid, { projectId: granted.projectId }))
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && free.length > 0 && (
        <form
          className="form inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void act(() =>
              putTeamProject(organization, team.uuid, { projectId: Number(projectId || free[0]!.id), access }),
            );
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-project`}>Give {team.name} access to</label>
            <select id={`${id}-project`} value={projectId} onChange={(event) => setProjectId(event.target.value)}>
              {free.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.path}
                </option>
              ))}
            </select>
          </div>
          <Choice id={`${id}-access`} label="Access" value={access} options={TEAM_ACCESS} onChange={setAccess} />
          <button type="submit" className="button" disabled={change.busy}>
            Grant access
          </button>
        </form>
      )}
      {canManage && (
        <p>
          <RowButton
            label="Delete team"
            name={`Delete team ${team.name}`}
            busy={change.busy}
            onClick={() => act(() => deleteTeam(organization, team.uuid))}
          />
        </p>
      )}
    </article>
  );
}

/** The organization's teams: who is in each, and which projects each may view, develop or administer. */
export function TeamsSection() {
  const { organization, canManage } = useSettings();
  usePageTitle('Teams');
  const teams = useApi(`teams:${organization}`, () => listTeams(organization));
  const projects = useApi(`projects:${organization}`, () => listProjects(organization));
  const [name, setName] = useState('');
  const create = useSubmit(async () => {
    await createTeam(organization, name.trim());
    setName('');
    teams.reload();
  });
  return (
    <section aria-labelledby="teams">
      <h2 id="teams">Teams and their project access</h2>
      <p className="muted">
        A team’s access to a project adds to its members’ roles: view reads it, developer analyzes it and marks its
        issues, admin manages its webhooks and reports.
      </p>
      {canManage && (
        <form className="form inline-form" onSubmit={create.submit}>
          <Field
            id="team-name"
            label="New team"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={create.busy}>
            Create team
          </button>
        </form>
      )}
      {create.error && <ErrorMessage error={create.error} title="Could not create the team" />}
      {(teams.state === 'loading' || projects.state === 'loading') && <Loading what="the teams" />}
      {teams.state === 'failed' && (
        <ErrorMessage error={teams.error} retry={teams.reload} title="Could not load the teams" />
      )}
      {projects.state === 'failed' && (
        <ErrorMessage error={projects.error} retry={projects.reload} title="Could not load the projects" />
      )}
      {teams.state === 'loaded' && teams.data.length === 0 && <p className="empty">The organization has no team.</p>}
      {teams.state === 'loaded' &&
        projects.state === 'loaded' &&
        teams.data.map((team) => (
          <TeamCard key={team.uuid} team={team} projects={projects.data} onChange={teams.reload} />
        ))}
    </section>
  );
}
