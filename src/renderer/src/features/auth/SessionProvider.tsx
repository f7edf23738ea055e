// Who is signed in: restores the session of this window, signs in and out, and reacts when the server ends it.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { SessionUser } from '../../../../shared/contract/auth';
import type { Permission } from '../../../../shared/domain/roles';
import { call, setSessionExpiredListener } from '../../api/client';
import { isRpcError } from '../../api/RpcError';
import { dropSessionToken, readSessionToken, saveSessionToken } from '../../api/sessionToken';

type SessionState =
  | { phase: 'restoring' }
  | { phase: 'signedOut'; expired: boolean }
  | { phase: 'signedIn'; user: SessionUser };

interface SessionValue {
  state: SessionState;
  signIn(token: string, user: SessionUser): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>(() =>
    readSessionToken() ? { phase: 'restoring' } : { phase: 'signedOut', expired: false },
  );

  useEffect(() => {
    setSessionExpiredListener(() => {
      setState({ phase: 'signedOut', expired: true });
      // One user's cached data must never show to the next one who signs in at this desk.
      queryClient.clear();
    });
    return () => setSessionExpiredListener(() => {});
  }, [queryClient]);

  useEffect(() => {
    if (state.phase !== 'restoring') return;
    let cancelled = false;
    call('auth.me', {})
      .then((user) => !cancelled && setState({ phase: 'signedIn', user }))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!isRpcError(error) || error.code !== 'UNAUTHENTICATED') dropSessionToken();
        setState({ phase: 'signedOut', expired: isRpcError(error) && error.code === 'UNAUTHENTICATED' });
      });
    return () => {
      cancelled = true;
    };
  }, [state.phase]);

  const signIn = useCallback(
    (token: string, user: SessionUser) => {
      saveSessionToken(token);
      queryClient.clear();
      setState({ phase: 'signedIn', user });
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
    setState({ phase: 'signedOut', expired: false });
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
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
