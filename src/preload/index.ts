// The preload: puts window.griddesk (invoke, for contract names only) into the sandboxed page, and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { rpcChannel } from '../main/electron/rpcMessage';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'griddesk',
  createBridge((message) => ipcRenderer.invoke(rpcChannel, message)),
);
