// How the main process answers an IPC message: only from the app's page, only when well shaped, through the router.
import { describe, expect, it } from 'vitest';
import { answerRpcMessage, type RpcMessage } from '../../src/main/electron/rpcMessage';
import type { CallMeta } from '../../src/main/rpc/router';
import type { Envelope } from '../../src/shared/contract/errors';

/** A router that remembers its calls and answers ok. */
function recordingRouter() {
  const calls: { procedure: string; input: unknown; meta: CallMeta }[] = [];
  const call = (procedure: string, input: unknown, meta: CallMeta): Envelope<unknown> => {
    calls.push({ procedure, input, meta });
    return { ok: true, data: { setupRequired: true } };
  };
  return { calls, router: { call } };
}

const aMessage = (overrides: Partial<RpcMessage> = {}): RpcMessage => ({
  procedure: 'auth.status',
  input: {},
  meta: { token: null, lang: 'zh-CN' },
  ...overrides,
});

describe('an IPC message', () => {
  it('from the app page reaches the router and its answer comes back', () => {
    const { calls, router } = recordingRouter();
    const answer = answerRpcMessage(router, aMessage({ meta: { token: 'tok', lang: 'zh-CN' } }), true);
    expect(answer).toEqual({ ok: true, data: { setupRequired: true } });
    expect(calls).toEqual([{ procedure: 'auth.status', input: {}, meta: { token: 'tok', lang: 'zh-CN' } }]);
  });

  it('from any other frame is answered FORBIDDEN and never reaches the router', () => {
    const { calls, router } = recordingRouter();
    const answer = answerRpcMessage(router, aMessage(), false);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('FORBIDDEN');
    expect(calls).toEqual([]);
  });

  it('that is not shaped like { procedure, input, meta } is answered VALIDATION', () => {
    const { calls, router } = recordingRouter();
    for (const bad of [
      null,
      'auth.status',
      { procedure: 'auth.status', input: {} },
      { procedure: 42, input: {}, meta: { token: null, lang: 'en' } },
      { ...aMessage(), meta: { token: 7, lang: 'en' } },
      { ...aMessage(), extra: true },
      { ...aMessage(), procedure: 'x'.repeat(1000) },
    ]) {
      const answer = answerRpcMessage(router, bad, true);
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('VALIDATION');
    }
    expect(calls).toEqual([]);
  });

  it('speaks English when the page asks for en, and Chinese for anything else', () => {
    const { calls, router } = recordingRouter();
    answerRpcMessage(router, aMessage({ meta: { token: null, lang: 'en-GB' } }), true);
    answerRpcMessage(router, aMessage({ meta: { token: null, lang: 'fr' } }), true);
    expect(calls.map((c) => c.meta.lang)).toEqual(['en', 'zh-CN']);
  });
});
