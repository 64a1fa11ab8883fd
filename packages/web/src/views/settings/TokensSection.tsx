import { useState } from 'react';
import {
  API_KEY_ROLES,
  createApiKey,
  createUserToken,
  listApiKeys,
  listUserTokens,
  revokeApiKey,
  revokeUserToken,
} from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import { Choice } from './Choice.js';
import { SecretOnce } from './SecretOnce.js';
import { RowButton, SettingsList } from './SettingsList.js';
import { useAction } from './use-action.js';
import { endOfDay, useSettings, when } from './settings-context.js';

/** The signed-in user's own tokens: what scripts send as `X-Api-Token` (Codiga's API) or `api-token` (Codacy's). */
function UserTokens() {
  const tokens = useApi('user-tokens', listUserTokens);
  const [secret, setSecret] = useState<string>();
  const { fields, setFields, bind } = useFields({ description: '' });
  const create = useSubmit(async () => {
    setSecret(await createUserToken(fields.description.trim()));
    setFields({ description: '' });
    tokens.reload();
  });
  const revoking = useAction();
  const revoke = (id: number) =>
    revoking.run(async () => {
      await revokeUserToken(id);
      tokens.reload();
    });
  return (
    <section aria-labelledby="user-tokens">
      <h2 id="user-tokens">Your user tokens</h2>
      <p className="muted">
        Sent as <code>X-Api-Token</code> to the GraphQL API, or as <code>api-token</code> to Codacy’s API; they act as
        you.
      </p>
      {secret && <SecretOnce label="User token" secret={secret} onDone={() => setSecret(undefined)} />}
      <form className="form inline-form" onSubmit={create.submit}>
        <Field id="token-description" label="Description" value={fields.description} onChange={bind('description')} />
        <button type="submit" className="button button-primary" disabled={create.busy}>
          Create token
        </button>
      </form>
      {create.error && <ErrorMessage error={create.error} title="Could not create the token" />}
      {revoking.error && <ErrorMessage error={revoking.error} title="Could not revoke the token" />}
      <SettingsList
        list={tokens}
        what="your tokens"
        empty="You have no live token."
        columns={['Description', 'Created', 'Last used', '']}
      >
        {(items) =>
          items.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name || `Token ${token.id}`}</th>
              <td>{when(token.createdAt)}</td>
              <td>{token.lastUsedAt ? when(token.lastUsedAt) : 'Never'}</td>
              <td>
                <RowButton
                  label="Revoke"
                  name={`Revoke ${token.name || `token ${token.id}`}`}
                  busy={revoking.busy}
                  onClick={() => revoke(token.id)}
                />
              </td>
            </tr>
          ))
        }
      </SettingsList>
    </section>
  );
}

const NO_KEY = { name: '', role: 'VIEWER', expiresAt: '' };

/** The organization's API keys: what CI sends as `X-API-Key` to the CodeStax API, acting with the key's role. */
function ApiKeys({ organization }: { organization: string }) {
  const keys = useApi(`api-keys:${organization}`, () => listApiKeys(organization));
  const [secret, setSecret] = useState<string>();
  const { fields, setFields, bind } = useFields(NO_KEY);
  const create = useSubmit(async () => {
    const created = await createApiKey(organization, {
      name: fields.name.trim(),
      role: fields.role,
      expiresAt: endOfDay(fields.expiresAt),
    });
    setSecret(created.secret);
    setFields(NO_KEY);
    keys.reload();
  });
  const revoking = useAction();
  const revoke = (id: number) =>
    revoking.run(async () => {
      await revokeApiKey(organization, id);
      keys.reload();
    });
  return (
    <section aria-labelledby="api-keys">
      <h2 id="api-keys">Organization API keys</h2>
      <p className="muted">
        Sent as <code>X-API-Key</code> to the CodeStax API (quality gate, scans); each acts with its own role.
      </p>
      {secret && <SecretOnce label="API key" secret={secret} onDone={() => setSecret(undefined)} />}
      <form className="form inline-form" onSubmit={create.submit}>
        <Field id="key-name" label="Name" required value={fields.name} onChange={bind('name')} />
        <Choice
          id="key-role"
          label="Role"
          value={fields.role}
          options={API_KEY_ROLES}
          onChange={(role) => setFields((previous) => ({ ...previous, role }))}
        />
        <Field
          id="key-expires"
          label="Expires (optional)"
          type="date"
          value={fields.expiresAt}
          onChange={bind('expiresAt')}
        />
        <button type="submit" className="button button-primary" disabled={create.busy}>
          Create API key
        </button>
      </form>
      {create.error && <ErrorMessage error={create.error} title="Could not create the API key" />}
      {revoking.error && <ErrorMessage error={revoking.error} title="Could not revoke the API key" />}
      <SettingsList
        list={keys}
        what="the API keys"
        empty="The organization has no API key."
        columns={['Name', 'Role', 'Created', 'Last used', 'Expires', 'State']}
      >
        {(items) =>
          items.map((key) => (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              <td>{key.role}</td>
              <td>{when(key.createdAt)}</td>
              <td>{key.lastUsedAt ? when(key.lastUsedAt) : 'Never'}</td>
              <td>{key.expiresAt ? when(key.expiresAt) : 'Never'}</td>
              <td>
                {key.revokedAt ? (
                  `Revoked ${when(key.revokedAt)}`
                ) : (
                  <RowButton
                    label="Revoke"
                    name={`Revoke ${key.name}`}
                    busy={revoking.busy}
                    onClick={() => revoke(key.id)}
                  />
                )}
              </td>
            </tr>
          ))
        }
      </SettingsList>
    </section>
  );
}

/** Tokens and API keys: each secret is shown once, when it is created, then never again. */
export function TokensSection() {
  const { organization, canManage } = useSettings();
  usePageTitle('Tokens and API keys');
  return (
    <>
      <UserTokens />
      {canManage ? (
        <ApiKeys organization={organization} />
      ) : (
        <section aria-labelledby="api-keys">
          <h2 id="api-keys">Organization API keys</h2>
          <p>Only owners and admins see and manage the organization’s API keys.</p>
        </section>
      )}
    </>
  );
}
