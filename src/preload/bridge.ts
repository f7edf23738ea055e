// What window.griddesk is: one invoke that refuses names outside the contract before anything reaches the main process.
// No electron import: the preload wraps it around ipcRenderer, tests around a fake.
import type { RpcMessage } from '../main/electron/rpcMessage';
import { isProcedureName } from '../shared/contract';
import { AppError, type Envelope } from '../shared/contract/errors';
import type { GridDeskBridge } from './api';

export type SendRpcMessage = (message: RpcMessage) => Promise<Envelope<unknown>>;

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toBody() };
}

export function createBridge(send: SendRpcMessage): GridDeskBridge {
  return {
    invoke(procedure, input, meta) {
      if (!isProcedureName(procedure)) {
        return Promise.resolve(
          failure(
            new AppError('NOT_FOUND', `There is no procedure named ${String(procedure).slice(0, 80)}.`, {
              reason: 'unknownProcedure',
            }),
          ),
        );
      }
      const message: RpcMessage = { procedure, input, meta: { token: meta?.token ?? null, lang: meta?.lang ?? '' } };
      // A failed send (the main process not listening yet, an input that cannot be cloned) still answers an envelope,
      // so the renderer has one kind of failure to handle.
      return Promise.resolve(message)
        .then(send)
        .catch(() =>
          failure(
            new AppError('INTERNAL', 'The call did not reach GridDesk; nothing was changed.', { reason: 'internal' }),
          ),
        );
    },
  };
}
