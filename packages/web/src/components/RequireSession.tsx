import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Session } from '../api/session.js';
import { useSession } from '../session/session-context.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Loading } from './Loading.js';

/** Shows its children to a signed-in user; anyone else is sent to the first run or to sign in. */
export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const { current, refresh } = useSession();
  const location = useLocation();
  if (current.state === 'loading') return <Loading what="your session" />;
  if (current.state === 'failed')
    return <ErrorMessage error={current.error} retry={refresh} title="Plumb could not be reached" />;
  if (current.state === 'first-run') return <Navigate to="/first-run" replace />;
  if (current.state === 'signed-out' && current.signedOut) return <Navigate to="/sign-in" replace />;
  if (current.state === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return <>{children(current.session)}</>;
}
