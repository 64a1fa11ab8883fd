import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/http.js';
import * as api from '../api/session.js';

export type SessionState =
  | { state: 'loading' }
  | { state: 'first-run' }
  | { state: 'signed-out'; signedOut?: boolean }
  | { state: 'failed'; error: ApiError }
  | { state: 'signed-in'; session: api.Session };

interface SessionActions {
  signIn(input: { email: string; password: string; organization?: string }): Promise<api.Session>;
  signOut(): Promise<void>;
  switchOrganization(slug: string): Promise<api.Session>;
  createFirstOrganization(input: api.FirstRunInput): Promise<api.Session>;
  refresh(): void;
}

const SessionContext = createContext<(SessionActions & { current: SessionState }) | undefined>(undefined);

/** Where Plumb stands for this browser: still to be set up, signed out, or signed in (and as whom). */
async function currentState(): Promise<SessionState> {
  try {
    return { state: 'signed-in', session: await api.readSession() };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  const { firstRun } = await api.readFirstRun();
  return firstRun ? { state: 'first-run' } : { state: 'signed-out' };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<SessionState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    currentState().then(
      (state) => live && setCurrent(state),
      (error: unknown) =>
        live &&
        setCurrent({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(String(error), 0) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const signedIn = useCallback((session: api.Session) => {
    setCurrent({ state: 'signed-in', session });
    return session;
  }, []);
  const value = useMemo(
    () => ({
      current,
      signIn: async (input: Parameters<typeof api.signIn>[0]) => signedIn(await api.signIn(input)),
      signOut: async () => {
        await api.signOut();
        setCurrent({ state: 'signed-out', signedOut: true });
      },
      switchOrganization: async (slug: string) => signedIn(await api.switchOrganization(slug)),
      createFirstOrganization: async (input: api.FirstRunInput) => signedIn(await api.createFirstOrganization(input)),
      refresh: () => setAttempt((value) => value + 1),
    }),
    [current, signedIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession() {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession is used outside SessionProvider');
  return context;
}
