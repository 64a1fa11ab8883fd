import { useState } from 'react';
import { listProjects } from '../../api/projects.js';
import { createWaiver, listWaivers, revokeWaiver, type Waiver } from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import { POLICY_KEYS } from './gate-policy.js';
import { Check } from './Check.js';
import { Choice } from './Choice.js';
import { endOfDay, when } from './settings-context.js';
import { RowButton, SettingsList } from './SettingsList.js';
import { useAction } from './use-action.js';

const NO_WAIVER = { rule: 'new_critical_max', reason: '', projectId: '', pullRequest: '', expiresAt: '' };

const stateOf = (waiver: Waiver): string => {
  if (waiver.revokedAt) return `Revoked ${when(waiver.revokedAt)}`;
  if (waiver.expiresAt && new Date(waiver.expiresAt) <= new Date()) return 'Expired';
  return 'In force';
};

/** A waiver to add: one policy rule excused for the organization, a project or a pull request, until a day. */
function NewWaiver({ organization, onAdded }: { organization: string; onAdded: () => void }) {
  const projects = useApi(`projects:${organization}`, () => listProjects(organization));
  const { fields, setFields, bind } = useFields(NO_WAIVER);
  const create = useSubmit(async () => {
    await createWaiver(organization, {
      rule: fields.rule,
      reason: fields.reason.trim(),
      projectId: fields.projectId ? Number(fields.projectId) : null,
      pullRequest: fields.pullRequest ? Number(fields.pullRequest) : null,
      expiresAt: endOfDay(fields.expiresAt),
    });
    setFields(NO_WAIVER);
    onAdded();
  });
  return (
    <form className="form" onSubmit={create.submit} aria-labelledby="new-waiver">
      <h3 id="new-waiver">Add a waiver</h3>
      <div className="policy-grid">
        <Choice
          id="waiver-rule"
          label="Rule"
          value={fields.rule}
          options={POLICY_KEYS}
          onChange={(rule) => setFields((previous) => ({ ...previous, rule }))}
        />
        <div className="field">
          <label htmlFor="waiver-project">Scope</label>
          <select id="waiver-project" value={fields.projectId} onChange={bind('projectId')}>
            <option value="">The whole organization</option>
            {projects.state === 'loaded' &&
              projects.data.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.path}
                </option>
              ))}
          </select>
        </div>
        <Field
          id="waiver-pull-request"
          label="Pull request (optional)"
          type="number"
          min={1}
          step={1}
          value={fields.pullRequest}
          onChange={bind('pullRequest')}
          hint="Only this pull request of the chosen project."
        />
        <Field
          id="waiver-expires"
          label="Expires (optional)"
          type="date"
          value={fields.expiresAt}
          onChange={bind('expiresAt')}
          hint="The end of that day; without one, until revoked."
        />
      </div>
      <Field id="waiver-reason" label="Reason" required value={fields.reason} onChange={bind('reason')} />
      {projects.state === 'failed' && (
        <ErrorMessage error={projects.error} retry={projects.reload} title="Could not load the projects to choose" />
      )}
      {create.error && <ErrorMessage error={create.error} title="Could not add the waiver" />}
      <button type="submit" className="button button-primary" disabled={create.busy}>
        Add waiver
      </button>
    </form>
  );
}

/** The gate's waivers: those in force, and on demand the expired and revoked ones; OWNER and ADMIN add and revoke. */
export function WaiversSection({ organization, canManage }: { organization: string; canManage: boolean }) {
  const [includeExpired, setIncludeExpired] = useState(false);
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const waivers = useApi(`waivers:${organization}:${includeExpired}:${includeRevoked}`, () =>
    listWaivers(organization, includeExpired, includeRevoked),
  );
  const projects = useApi(`projects:${organization}`, () => listProjects(organization));
  const pathOf = (id: number) =>
    (projects.state === 'loaded' && projects.data.find((project) => project.id === id)?.path) || `project ${id}`;
  const revoking = useAction();
  return (
    <section aria-labelledby="waivers">
      <h2 id="waivers">Waivers</h2>
      <p className="muted">
        A waiver excuses one rule of the policy: the gate reports its violation but does not fail.
      </p>
      <div className="filters">
        <Check id="waivers-expired" label="Show expired" checked={includeExpired} onChange={setIncludeExpired} />
        <Check id="waivers-revoked" label="Show revoked" checked={includeRevoked} onChange={setIncludeRevoked} />
      </div>
      {revoking.error && <ErrorMessage error={revoking.error} title="Could not revoke the waiver" />}
      <SettingsList
        list={waivers}
        what="the waivers"
        empty={`No waiver${includeExpired || includeRevoked ? '' : ' in force'}.`}
        columns={['Rule', 'Scope', 'Reason', 'Expires', 'State']}
      >
        {(items) =>
          items.map((waiver) => (
            <tr key={waiver.id}>
              <th scope="row">
                <code>{waiver.rule}</code>
              </th>
              <td>
                {waiver.projectId === null ? 'Organization' : pathOf(waiver.projectId)}
                {waiver.pullRequest !== null && `, pull request #${waiver.pullRequest}`}
              </td>
              <td>{waiver.reason}</td>
              <td>{waiver.expiresAt ? when(waiver.expiresAt) : 'Never'}</td>
              <td>
                {stateOf(waiver)}
                {canManage && stateOf(waiver) === 'In force' && (
                  <>
                    {' '}
                    <RowButton
                      label="Revoke"
                      name={`Revoke the waiver of ${waiver.rule}`}
                      busy={revoking.busy}
                      onClick={() =>
                        revoking.run(async () => {
                          await revokeWaiver(organization, waiver.id);
                          waivers.reload();
                        })
                      }
                    />
                  </>
                )}
              </td>
            </tr>
          ))
        }
      </SettingsList>
      {canManage && <NewWaiver organization={organization} onAdded={waivers.reload} />}
    </section>
  );
}
