import { listMembers, putMember, removeMember, ROLES, type Member } from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import { Choice } from './Choice.js';
import { useSettings } from './settings-context.js';
import { RowButton, SettingsList } from './SettingsList.js';
import { useAction } from './use-action.js';

const NO_MEMBER = { email: '', role: 'VIEWER' };

function RoleCell({
  member,
  onChange,
  canManage,
}: {
  member: Member;
  onChange: (role: string) => void;
  canManage: boolean;
}) {
  if (!canManage) return <>{member.role}</>;
  return (
    <select
      aria-label={`Role of ${member.email}`}
      value={member.role}
      onChange={(event) => onChange(event.target.value)}
    >
      {ROLES.map((role) => (
        <option key={role}>{role}</option>
      ))}
    </select>
  );
}

/** The organization's members and their roles; OWNER and ADMIN add (by email), change roles and remove. */
export function MembersSection() {
  const { organization, canManage } = useSettings();
  usePageTitle('Members and roles');
  const members = useApi(`members:${organization}`, () => listMembers(organization));
  const { fields, setFields, bind } = useFields(NO_MEMBER);
  const add = useSubmit(async () => {
    await putMember(organization, fields.email.trim(), fields.role);
    setFields(NO_MEMBER);
    members.reload();
  });
  const change = useAction();
  const act = (action: () => Promise<unknown>) =>
    change.run(async () => {
      try {
        await action();
      } finally {
        members.reload();
      }
    });
  return (
    <section aria-labelledby="members">
      <h2 id="members">Members and roles</h2>
      <p className="muted">
        OWNER and ADMIN manage the organization; EDITOR analyzes and marks issues; VIEWER reads; BILLING sees billing.
        Only an owner grants or removes ownership.
      </p>
      {canManage && (
        <form className="form inline-form" onSubmit={add.submit}>
          <Field
            id="member-email"
            label="Email"
            type="email"
            required
            value={fields.email}
            onChange={bind('email')}
            hint="An email without a Plumb account is added as an invited user."
          />
          <Choice
            id="member-role"
            label="Role"
            value={fields.role}
            options={ROLES}
            onChange={(role) => setFields((previous) => ({ ...previous, role }))}
          />
          <button type="submit" className="button button-primary" disabled={add.busy}>
            Add member
          </button>
        </form>
      )}
      {add.error && <ErrorMessage error={add.error} title="Could not add the member" />}
      {change.error && <ErrorMessage error={change.error} title="Could not change the member" />}
      <SettingsList
        list={members}
        what="the members"
        empty="The organization has no member."
        columns={['Email', 'Name', 'Status', 'Role', ...(canManage ? [''] : [])]}
      >
        {(items) =>
          items.map((member) => (
            <tr key={member.uuid}>
              <th scope="row">{member.email}</th>
              <td>{member.displayName}</td>
              <td>{member.status === 'invited' ? 'Invited' : 'Active'}</td>
              <td>
                <RoleCell
                  member={member}
                  canManage={canManage}
                  onChange={(role) => act(() => putMember(organization, member.email, role))}
                />
              </td>
              {canManage && (
                <td>
                  <RowButton
                    label="Remove"
                    name={`Remove ${member.email}`}
                    busy={change.busy}
                    onClick={() => act(() => removeMember(organization, member.uuid))}
                  />
                </td>
              )}
            </tr>
          ))
        }
      </SettingsList>
    </section>
  );
}
