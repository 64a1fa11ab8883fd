import { useState } from 'react';
import { addWebhook, listWebhooks, removeWebhook, WEBHOOK_EVENTS, type Webhook } from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { useSubmit } from '../../components/use-submit.js';
import { Check } from './Check.js';
import { ProjectPicker } from './ProjectPicker.js';
import { SecretOnce } from './SecretOnce.js';
import { useSettings, when } from './settings-context.js';
import { RowButton, SettingsList } from './SettingsList.js';
import { useAction } from './use-action.js';

/** One hook: where it posts, which events, and its recent deliveries with the receiver's answers. */
function HookDeliveries({ hook }: { hook: Webhook }) {
  const deliveries = { state: 'loaded' as const, data: hook.deliveries, reload: () => undefined };
  return (
    <SettingsList
      list={deliveries}
      what={`the deliveries to ${hook.url}`}
      empty="No delivery yet: one is sent when an analysis of this project starts or ends."
      columns={['Event', 'State', 'Response', 'Time', 'Attempt']}
    >
      {(items) =>
        items.map((delivery) => (
          <tr key={`${delivery.deliveryUuid}:${delivery.attempt}`}>
            <th scope="row">{delivery.event}</th>
            <td>{delivery.state}</td>
            <td>
              {delivery.statusCode ?? 'no answer'}
              {delivery.error && ` (${delivery.error})`}, {delivery.durationMs} ms
            </td>
            <td>{when(delivery.attemptedAt)}</td>
            <td>{delivery.attempt}</td>
          </tr>
        ))
      }
    </SettingsList>
  );
}

function ProjectHooks({ organization, projectId }: { organization: string; projectId: number }) {
  const hooks = useApi(`webhooks:${organization}:${projectId}`, () => listWebhooks(organization, projectId));
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState<string>();
  const add = useSubmit(async () => {
    const created = await addWebhook(organization, projectId, url.trim(), events.length > 0 ? events : null);
    setSecret(created.secret);
    setUrl('');
    setEvents([]);
    hooks.reload();
  });
  const removing = useAction();
  const toggle = (event: string, on: boolean) =>
    setEvents((previous) => (on ? [...previous, event] : previous.filter((chosen) => chosen !== event)));
  return (
    <>
      {secret && <SecretOnce label="Webhook signing secret" secret={secret} onDone={() => setSecret(undefined)} />}
      {removing.error && <ErrorMessage error={removing.error} title="Could not remove the webhook" />}
      {hooks.state === 'loading' && <Loading what="the webhooks" />}
      {hooks.state === 'failed' && (
        <ErrorMessage error={hooks.error} retry={hooks.reload} title="Could not load the webhooks" />
      )}
      {hooks.state === 'loaded' && hooks.data.length === 0 && <p className="empty">This project has no webhook.</p>}
      {hooks.state === 'loaded' &&
        hooks.data.map((hook) => (
          <article key={hook.uuid} className="webhook" aria-label={`Webhook ${hook.url}`}>
            <h3 className="webhook-url">{hook.url}</h3>
            <p className="muted">
              {hook.events ? hook.events.join(', ') : 'Every event'}; added {when(hook.createdAt)}.{' '}
              <RowButton
                label="Remove"
                name={`Remove the webhook ${hook.url}`}
                busy={removing.busy}
                onClick={() =>
                  removing.run(async () => {
                    await removeWebhook(organization, projectId, hook.uuid);
                    hooks.reload();
                  })
                }
              />
            </p>
            <HookDeliveries hook={hook} />
          </article>
        ))}
      <form className="form" onSubmit={add.submit} aria-labelledby="new-webhook">
        <h3 id="new-webhook">Add a webhook</h3>
        <Field
          id="webhook-url"
          label="Payload URL"
          type="url"
          required
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          hint="Plumb posts each event there as JSON, signed with the secret shown once after adding."
        />
        <fieldset>
          <legend>Events (none chosen: every event)</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <Check
              key={event}
              id={`webhook-${event}`}
              label={event}
              checked={events.includes(event)}
              onChange={(on) => toggle(event, on)}
            />
          ))}
        </fieldset>
        {add.error && <ErrorMessage error={add.error} title="Could not add the webhook" />}
        <button type="submit" className="button button-primary" disabled={add.busy}>
          Add webhook
        </button>
      </form>
    </>
  );
}

/** A project's webhooks and their recent deliveries (docs/api/webhooks.md); OWNER and ADMIN manage them. */
export function WebhooksSection() {
  const { organization, canManage } = useSettings();
  usePageTitle('Webhooks');
  return (
    <section aria-labelledby="webhooks">
      <h2 id="webhooks">Webhooks</h2>
      {canManage ? (
        <ProjectPicker organization={organization} id="webhook-project">
          {(projectId) => <ProjectHooks key={projectId} organization={organization} projectId={projectId} />}
        </ProjectPicker>
      ) : (
        <p>Only owners and admins (or a team’s admins) see and manage a project’s webhooks.</p>
      )}
    </section>
  );
}
