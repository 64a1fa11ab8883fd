import { useState } from 'react';
import { useOutletContext } from 'react-router';
import { readViewer } from '../../api/projects.js';
import { readProjectSettings, saveProjectSettings, type ProjectSettings } from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import type { ProjectContext } from '../project/ProjectLayout.js';
import './settings.css';

const formOf = (settings: ProjectSettings) => ({
  defaultBranch: settings.defaultBranch,
  trackedBranches: settings.trackedBranches.join(' '),
  configYaml: settings.configYaml,
  plumbConfig: settings.plumbConfig,
});

const OVERRIDE_HINT =
  'Read by the project’s analyses instead of the repository’s own .plumb.yml (rules, exclusions, thresholds, test ' +
  'code, licenses); empty to use the repository’s. The server checks it as the analysis would.';
const CONFIG_HINT =
  'Kept with the project, as Scrutinizer’s repository config (its build failure conditions among others); the ' +
  'server checks that it is valid YAML.';

/** A labelled YAML text area with its hint. */
function YamlField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  hint: string;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        className="secret"
        rows={12}
        spellCheck={false}
        value={props.value}
        onChange={props.onChange}
        aria-describedby={`${props.id}-hint`}
      />
      <p className="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}

function SettingsForm({ settings, canManage }: { settings: ProjectSettings; canManage: boolean }) {
  const { organization, project } = useOutletContext<ProjectContext>();
  const { fields, setFields, bind } = useFields(formOf(settings));
  const [saved, setSaved] = useState(false);
  const save = useSubmit(async () => {
    setSaved(false);
    const next = await saveProjectSettings(organization, project.id, {
      defaultBranch: fields.defaultBranch.trim(),
      trackedBranches: fields.trackedBranches.split(/[\s,]+/).filter((branch) => branch !== ''),
      configYaml: fields.configYaml,
      plumbConfig: fields.plumbConfig,
    });
    setFields(formOf(next));
    setSaved(true);
  });
  return (
    <form className="form narrow" onSubmit={save.submit}>
      <fieldset disabled={!canManage} className="plain-fieldset">
        <legend className="visually-hidden">Project settings</legend>
        <Field
          id="project-default-branch"
          label="Default branch"
          required
          value={fields.defaultBranch}
          onChange={bind('defaultBranch')}
        />
        <Field
          id="project-tracked-branches"
          label="Tracked branches"
          value={fields.trackedBranches}
          onChange={bind('trackedBranches')}
          hint="Other branches analyzed on push, separated by spaces or commas."
        />
        <YamlField
          id="project-plumb-config"
          label="Analysis configuration (.plumb.yml override)"
          value={fields.plumbConfig}
          onChange={bind('plumbConfig')}
          hint={OVERRIDE_HINT}
        />
        <YamlField
          id="project-config"
          label="Configuration (YAML)"
          value={fields.configYaml}
          onChange={bind('configYaml')}
          hint={CONFIG_HINT}
        />
        {save.error && <ErrorMessage error={save.error} title="Could not save the settings" />}
        {saved && (
          <p className="message message-success" role="status">
            Saved. The next analysis uses them.
          </p>
        )}
        {canManage && (
          <button type="submit" className="button button-primary" disabled={save.busy}>
            Save settings
          </button>
        )}
      </fieldset>
    </form>
  );
}

/** A project's own settings (the tab "Settings"): its branches and configuration; owners and admins change them. */
export function ProjectSettingsPage() {
  const { organization, project } = useOutletContext<ProjectContext>();
  usePageTitle(`Settings of ${project.path}`);
  const settings = useApi(`project-settings:${organization}:${project.id}`, () =>
    readProjectSettings(organization, project.id),
  );
  const viewer = useApi('viewer', readViewer);
  const role =
    viewer.state === 'loaded'
      ? viewer.data.organizations.find((candidate) => candidate.slug === organization)?.role
      : '';
  const canManage = role === 'OWNER' || role === 'ADMIN';
  return (
    <section aria-labelledby="project-settings" className="settings">
      <h1 id="project-settings">Settings</h1>
      {viewer.state === 'loaded' && !canManage && (
        <p role="note">Only owners and admins change a project’s settings.</p>
      )}
      {(settings.state === 'loading' || viewer.state === 'loading') && <Loading what="the settings" />}
      {settings.state === 'failed' && (
        <ErrorMessage error={settings.error} retry={settings.reload} title="Could not load the settings" />
      )}
      {viewer.state === 'failed' && (
        <ErrorMessage error={viewer.error} retry={viewer.reload} title="Could not load your role" />
      )}
      {settings.state === 'loaded' && viewer.state === 'loaded' && (
        <SettingsForm settings={settings.data} canManage={canManage} />
      )}
    </section>
  );
}
