import { Link, useNavigate } from 'react-router';
import { addProject } from '../../api/projects.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import { SignedInPage } from '../../components/SignedInPage.js';

const PROVIDERS = [
  { value: 'gp', label: 'Plain git', path: 'A name for the repository, e.g. billing-service' },
  { value: 'g', label: 'GitHub', path: 'owner/name, e.g. acme/billing' },
  { value: 'gl', label: 'GitLab', path: 'namespace/name; nested groups allowed, e.g. acme/platform/billing' },
  { value: 'b', label: 'Bitbucket', path: 'workspace/name, e.g. acme/billing' },
];

const EMPTY = { provider: 'gp', path: '', gitUrl: '', sshKey: '', defaultBranch: 'main', trackedBranches: '' };

/** Adds a project to the organization; its SSH key is sent once and never shown again. */
function AddProject({ organization }: { organization: string }) {
  usePageTitle('Add a project');
  const navigate = useNavigate();
  const { fields: form, setFields: setForm, bind: set } = useFields(EMPTY);
  const provider = PROVIDERS.find((candidate) => candidate.value === form.provider) ?? PROVIDERS[0]!;
  const { busy, error, submit } = useSubmit(
    async () => {
      const added = await addProject(organization, {
        provider: form.provider,
        path: form.path.trim(),
        gitUrl: form.gitUrl.trim(),
        sshKey: form.sshKey,
        defaultBranch: form.defaultBranch.trim(),
        trackedBranches: form.trackedBranches.split(/[\s,]+/).filter((branch) => branch !== ''),
      });
      setForm(EMPTY);
      navigate(`/orgs/${encodeURIComponent(organization)}?added=${encodeURIComponent(added.path)}`);
    },
    // The key is not kept in the page after it was sent: it is typed again for another attempt.
    () => setForm((previous) => ({ ...previous, sshKey: '' })),
  );
  return (
    <div className="narrow">
      <p>
        <Link to={`/orgs/${encodeURIComponent(organization)}`}>Back to the projects</Link>
      </p>
      <h1>Add a project</h1>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="provider">Provider</label>
          <select id="provider" value={form.provider} onChange={set('provider')}>
            {PROVIDERS.map((candidate) => (
              <option key={candidate.value} value={candidate.value}>
                {candidate.label}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="path"
          label="Repository path"
          required
          value={form.path}
          hint={provider.path}
          onChange={set('path')}
        />
        <Field
          id="git-url"
          label="Git URL"
          required
          value={form.gitUrl}
          onChange={set('gitUrl')}
          hint="Where Plumb clones it from: https://…, ssh://… or git@host:path.git"
        />
        <div className="field">
          <label htmlFor="ssh-key">SSH private key (optional)</label>
          <textarea
            id="ssh-key"
            rows={4}
            value={form.sshKey}
            onChange={set('sshKey')}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="ssh-key-hint"
            className="secret"
          />
          <p className="hint" id="ssh-key-hint">
            Needed for an SSH git URL. Stored encrypted and never shown again.
          </p>
        </div>
        <Field
          id="default-branch"
          label="Default branch"
          required
          value={form.defaultBranch}
          onChange={set('defaultBranch')}
        />
        <Field
          id="tracked-branches"
          label="Tracked branches (optional)"
          value={form.trackedBranches}
          hint="Other branches analyzed on push, separated by commas or spaces."
          onChange={set('trackedBranches')}
        />
        {error && <ErrorMessage error={error} title="Could not add the project" />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add project'}
        </button>
      </form>
    </div>
  );
}

export function AddProjectPage() {
  return <SignedInPage>{(organization) => <AddProject organization={organization} />}</SignedInPage>;
}
