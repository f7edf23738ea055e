// Watches the user's own hands (keyboard, pointer, wheel, touch; never background refetches) and locks the screen
// when they have been still for the idle limit. While they work it tells the server now and then, so a long form
// typed without a single call does not find the session locked at the server when it is saved.
import { useEffect } from 'react';
import { idleLockDefaultMinutes } from '../../../../shared/domain/idleLock';
import { call } from '../../api/client';
import { useAuthStatus } from './useAuthStatus';

const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often the limit is checked; Date.now() is compared, so a sleeping or throttled window still locks on waking. */
const checkEveryMs = 1000;
/** The server notes activity at most once a minute, so telling it more often would be wasted. */
const heartbeatEveryMs = 60_000;

export function IdleWatcher({ onIdle }: { onIdle: () => void }) {
  const minutes = useAuthStatus().data?.idleLockMinutes ?? idleLockDefaultMinutes;

  useEffect(() => {
    const limitMs = minutes * 60_000;
    let lastActivity = Date.now();
    let lastHeartbeat = lastActivity;
    const noteActivity = () => {
      lastActivity = Date.now();
    };
    for (const event of activityEvents) {
      window.addEventListener(event, noteActivity, { capture: true, passive: true });
    }
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity >= limitMs) {
        window.clearInterval(timer);
        onIdle();
        return;
      }
      if (lastActivity > lastHeartbeat && now - lastHeartbeat >= heartbeatEveryMs) {
        lastHeartbeat = now;
        // A refusal here (the server locked or ended the session) reaches the session layer through the client.
        call('auth.me', {}).catch(() => {});
      }
    }, checkEveryMs);
    return () => {
      window.clearInterval(timer);
      for (const event of activityEvents) window.removeEventListener(event, noteActivity, { capture: true });
    };
  }, [minutes, onIdle]);

  return null;
}
