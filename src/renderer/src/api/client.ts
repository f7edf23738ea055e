// The one typed way to call the main process: Electron IPC when the preload bridge is there, HTTP otherwise.
import { contract, type InputOf, type OutputOf, type ProcedureName } from '../../../shared/contract';
import { type Envelope, errorCodes } from '../../../shared/contract/errors';
import { currentLanguage } from '../i18n/i18n';
import { RpcError } from './RpcError';
import { dropSessionToken, readSessionToken } from './sessionToken';

type SessionExpiredListener = (reason: string | undefined) => void;
let onSessionExpired: SessionExpiredListener = () => {};

/** The session layer listens here, so any call that finds the session gone sends the user back to sign-in. */
export function setSessionExpiredListener(listener: SessionExpiredListener): void {
  onSessionExpired = listener;
}

let onSessionLocked: () => void = () => {};

/** The session layer listens here too: a call that finds the session locked (idle at the server) shows the lock screen. */
export function setSessionLockedListener(listener: () => void): void {
  onSessionLocked = listener;
}

/** Refusals that leave the session as it is: locked (the lock screen re-opens it) or a throttled unlock. */
const sessionKeepingReasons = new Set(['sessionLocked', 'loginLocked']);

export async function call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const token = readSessionToken();
  const lang = currentLanguage();
  const envelope = await transport(name, input, token, lang);
  if (envelope.ok) return envelope.data as OutputOf<N>;
  const error = new RpcError(name, envelope.error);
  // Only a call that carried a token can find its session expired; a public call's UNAUTHENTICATED
  // (a wrong password at sign-in) belongs to the form that made it.
  if (error.code === 'UNAUTHENTICATED' && token && contract[name].access !== 'public') {
    if (error.reason === 'sessionLocked') onSessionLocked();
    if (!sessionKeepingReasons.has(error.reason ?? '')) {
      dropSessionToken();
      onSessionExpired(error.reason);
    }
  }
  throw error;
}

async function transport(name: string, input: unknown, token: string | null, lang: string): Promise<Envelope<unknown>> {
  const bridge = window.griddesk;
  if (bridge) {
    try {
      return await bridge.invoke(name, input, { token, lang });
    } catch {
      return failure('network');
    }
  }
  let response: Response;
  try {
    response = await fetch(`/api/rpc/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': lang,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ input }),
    });
  } catch {
    return failure('network');
  }
  try {
    const body: unknown = await response.json();
    if (isEnvelope(body)) return body;
  } catch {
    // Falls through: a proxy's HTML page or a truncated body is not an answer we can use.
  }
  return failure('badResponse');
}

function failure(reason: 'network' | 'badResponse'): Envelope<never> {
  return { ok: false, error: { code: 'INTERNAL', message: reason, reason } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (value === null || typeof value !== 'object' || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error as { code?: unknown } | null;
  return error !== null && typeof error === 'object' && (errorCodes as readonly unknown[]).includes(error.code);
}
