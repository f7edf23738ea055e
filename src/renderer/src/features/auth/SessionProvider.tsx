// Who is signed in: restores the session of this window, signs in and out, locks the screen when it goes idle (or
// when the server says the session is locked), and reacts when the server ends the session.
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { SessionUser } from '../../../../shared/contract/auth';
import type { Permission } from '../../../../shared/domain/roles';
import { call, setSessionExpiredListener, setSessionLockedListener } from '../../api/client';
import { isRpcError } from '../../api/RpcError';
import { dropSessionToken, readSessionToken, saveSessionToken } from '../../api/sessionToken';
import { IdleWatcher } from './IdleWatcher';
import { LockScreen } from './LockScreen';
import { WeakPasswordPrompt } from './WeakPasswordPrompt';

type SessionState =
  | { phase: 'restoring' }
  | { phase: 'signedOut'; expired: boolean }
  | { phase: 'signedIn'; user: SessionUser; locked: boolean; weakPassword: boolean };

interface SessionValue {
  state: SessionState;
  signIn(token: string, user: SessionUser, weakPassword?: boolean): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

// Who this window's session belongs to, kept beside the token: a window reloaded while locked can still say whose
// password unlocks it (the server answers nothing but unlock, sign-out and status to a locked session).
const userKey = 'griddesk.sessionUser';

function rememberUser(user: SessionUser): void {
  try {
    sessionStorage.setItem(userKey, JSON.stringify(user));
  } catch {
    // Without storage a reload while locked goes back to sign-in; nothing else depends on it.
  }
}

function rememberedUser(): SessionUser | null {
  try {
    const stored = sessionStorage.getItem(userKey);
    return stored ? (JSON.parse(stored) as SessionUser) : null;
  } catch {
    return null;
  }
}

function forgetUser(): void {
  try {
    sessionStorage.removeItem(userKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>(() =>
    readSessionToken() ? { phase: 'restoring' } : { phase: 'signedOut', expired: false },
  );
  const locked = state.phase === 'signedIn' && state.locked;

  useEffect(() => {
    setSessionExpiredListener(() => {
      forgetUser();
      setState({ phase: 'signedOut', expired: true });
      // One user's cached data must never show to the next one who signs in at this desk.
      queryClient.clear();
    });
    setSessionLockedListener(() =>
      setState((current) => (current.phase === 'signedIn' ? { ...current, locked: true } : current)),
    );
    return () => {
      setSessionExpiredListener(() => {});
      setSessionLockedListener(() => {});
    };
  }, [queryClient]);

  // While locked nothing is fetched behind the lock screen: background refetches would only be refused, and they
  // would keep an unattended session looking busy to the server.
  useEffect(() => {
    if (!locked) return;
    onlineManager.setOnline(false);
    return () => {
      onlineManager.setOnline(true);
      // What was refused while locked, and what went stale, is fetched again: the user goes on where they were.
      void queryClient.invalidateQueries();
    };
  }, [locked, queryClient]);

  useEffect(() => {
    if (state.phase !== 'restoring') return;
    let cancelled = false;
    call('auth.me', {})
      .then((user) => {
        if (cancelled) return;
        rememberUser(user);
        setState({ phase: 'signedIn', user, locked: false, weakPassword: false });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const user = rememberedUser();
        if (isRpcError(error) && error.reason === 'sessionLocked' && user) {
          setState({ phase: 'signedIn', user, locked: true, weakPassword: false });
          return;
        }
        if (!isRpcError(error) || error.code !== 'UNAUTHENTICATED') dropSessionToken();
        setState({ phase: 'signedOut', expired: isRpcError(error) && error.code === 'UNAUTHENTICATED' });
      });
    return () => {
      cancelled = true;
    };
  }, [state.phase]);

  const signIn = useCallback(
    (token: string, user: SessionUser, weakPassword = false) => {
      saveSessionToken(token);
      rememberUser(user);
      queryClient.clear();
      setState({ phase: 'signedIn', user, locked: false, weakPassword });
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await call('auth.logout', {});
    } catch {
      // Signing out locally is what matters; a session the server already ended needs nothing more.
    }
    dropSessionToken();
    forgetUser();
    setState({ phase: 'signedOut', expired: false });
    queryClient.clear();
  }, [queryClient]);

  const lock = useCallback(() => {
    setState((current) => (current.phase === 'signedIn' ? { ...current, locked: true } : current));
    // The server locks the session too, so the token alone cannot be used meanwhile; if this call is lost, the
    // server still locks it once no call has come for the idle limit.
    call('auth.lock', {}).catch(() => {});
  }, []);

  const unlocked = useCallback((user: SessionUser) => {
    rememberUser(user);
    setState((current) => (current.phase === 'signedIn' ? { ...current, user, locked: false } : current));
  }, []);

  const dismissWeakPassword = useCallback(() => {
    setState((current) => (current.phase === 'signedIn' ? { ...current, weakPassword: false } : current));
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      {children}
      {state.phase === 'signedIn' &&
        (state.locked ? (
          <LockScreen user={state.user} onUnlocked={unlocked} onSignOut={signOut} />
        ) : (
          <>
            <IdleWatcher onIdle={lock} />
            {state.weakPassword && <WeakPasswordPrompt onClose={dismissWeakPassword} />}
          </>
        ))}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user, for screens that only render inside the signed-in shell. */
export function useCurrentUser(): SessionUser {
  const { state } = useSession();
  if (state.phase !== 'signedIn') throw new Error('useCurrentUser without a signed-in user');
  return state.user;
}

export function useCan(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}
