import { Navigate, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import { useSession } from '../../session/session-context.js';

const EMPTY = { organization: '', organizationName: '', name: '', email: '', password: '' };

/** The first run: creates the first organization and its owner while the store holds none. */
export function FirstRunPage() {
  usePageTitle('Set up Plumb');
  const { current, createFirstOrganization } = useSession();
  const navigate = useNavigate();
  const { fields: form, setFields: setForm, bind: set } = useFields(EMPTY);
  const { busy, error, submit } = useSubmit(async () => {
    const session = await createFirstOrganization(form);
    setForm(EMPTY);
    navigate(`/orgs/${encodeURIComponent(session.organization.slug)}`);
  });
  if (current.state === 'loading') return <Loading what="Plumb" />;
  if (current.state === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (current.state === 'signed-in') return <Navigate to={`/orgs/${current.session.organization.slug}`} replace />;
  return (
    <main id="main" className="narrow">
      <h1>Set up Plumb</h1>
      <p>
        Plumb has no organization yet. Create the first one and its owner account; you will be signed in as the owner.
      </p>
      <form className="form" onSubmit={submit}>
        <fieldset>
          <legend>Organization</legend>
          <Field
            id="organization"
            label="Slug"
            required
            value={form.organization}
            hint="Lower-case letters, digits and inner hyphens, at most 64; used in URLs and API paths."
            onChange={set('organization')}
          />
          <Field
            id="organization-name"
            label="Display name"
            value={form.organizationName}
            hint="Optional; the slug if empty."
            onChange={set('organizationName')}
          />
        </fieldset>
        <fieldset>
          <legend>Owner</legend>
          <Field id="name" label="Your name" autoComplete="name" value={form.name} onChange={set('name')} />
          <Field
            id="email"
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={form.email}
            onChange={set('email')}
          />
          <Field
            id="password"
            label="Password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={200}
            hint="8 to 200 characters."
            value={form.password}
            onChange={set('password')}
          />
        </fieldset>
        {error && <ErrorMessage error={error} title="Could not set up Plumb" />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create organization and sign in'}
        </button>
      </form>
    </main>
  );
}
