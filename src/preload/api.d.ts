// What the preload puts on `window.griddesk`: one call, checked against the contract's procedure names.
import type { Envelope } from '../shared/contract/errors';

export interface GridDeskBridge {
  invoke(procedure: string, input: unknown, meta: { token: string | null; lang: string }): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    griddesk?: GridDeskBridge;
  }
}
