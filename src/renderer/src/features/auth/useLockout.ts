// A sign-in or unlock refused for too many wrong passwords: the seconds left to wait, counted down live, and the
// sentence that says them ("请在 4 分 30 秒后重试").
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { isRpcError } from '../../api/RpcError';

/** The moment a lockout ends, from a refusal that carries its wait; null for any other outcome. */
export function lockoutEndsAt(error: unknown, now = Date.now()): number | null {
  if (!isRpcError(error) || error.reason !== 'loginLocked') return null;
  const seconds = Number(error.params?.seconds);
  return Number.isFinite(seconds) && seconds > 0 ? now + seconds * 1000 : null;
}

/** Whole seconds until `endsAt` (0 once past, or with no lockout), re-counted every second. */
export function useSecondsLeft(endsAt: number | null): number {
  const left = () => (endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `left` reads only endsAt and the clock.
  useEffect(() => {
    setSeconds(left());
    if (endsAt === null) return;
    const timer = window.setInterval(() => {
      const next = left();
      setSeconds(next);
      if (next === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [endsAt]);
  return seconds;
}

export function lockoutMessage(t: TFunction, secondsLeft: number): string {
  const minutes = Math.floor(secondsLeft / 60);
  const seconds = secondsLeft % 60;
  return minutes > 0 ? t('lockout.waitMinutes', { minutes, seconds }) : t('lockout.waitSeconds', { seconds });
}
