import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import { useSession } from '../../session/session-context.js';

/** Only paths of this dashboard are followed after signing in, never another site. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : undefined);

export function SignInPage() {
  usePageTitle('Sign in');
  const { current, signIn, refresh } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { fields, bind } = useFields({ email: '', password: '', organization: '' });
  const { busy, error, submit } = useSubmit(async () => {
    const { email, password, organization } = fields;
    const session = await signIn({ email, password, ...(organization ? { organization } : {}) });
    navigate(safeNext(params.get('next')) ?? `/orgs/${encodeURIComponent(session.organization.slug)}`);
  });
  if (current.state === 'loading') return <Loading what="Plumb" />;
  if (current.state === 'first-run') return <Navigate to="/first-run" replace />;
  if (current.state === 'signed-in')
    return <Navigate to={safeNext(params.get('next')) ?? `/orgs/${current.session.organization.slug}`} replace />;
  return (
    <main id="main" className="narrow">
      <h1>Sign in to Plumb</h1>
      {current.state === 'failed' && (
        <ErrorMessage error={current.error} retry={refresh} title="Plumb could not be reached" />
      )}
      <form className="form" onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
        <Field
          id="email"
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={fields.email}
          onChange={bind('email')}
        />
        <Field
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={fields.password}
          onChange={bind('password')}
        />
        <Field
          id="organization"
          label="Organization (optional)"
          autoComplete="organization"
          value={fields.organization}
          hint="Only needed when you belong to several organizations: its slug."
          onChange={bind('organization')}
        />
        {error && (
          <div id="sign-in-error">
            <ErrorMessage error={error} title="Could not sign in" />
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
