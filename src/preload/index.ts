// The preload: puts window.griddesk (invoke for contract names only, upload, download, the case attachments'
// upload and open, printing the page to PDF) into the sandboxed page, and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import {
  attachmentOpenChannel,
  attachmentUploadChannel,
  downloadChannel,
  uploadChannel,
} from '../main/electron/fileChannels';
import { printToPdfChannel } from '../main/electron/printChannel';
import { rpcChannel } from '../main/electron/rpcMessage';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'griddesk',
  createBridge((message) => ipcRenderer.invoke(rpcChannel, message), {
    upload: (message) => ipcRenderer.invoke(uploadChannel, message),
    download: (message) => ipcRenderer.invoke(downloadChannel, message),
    uploadAttachment: (message) => ipcRenderer.invoke(attachmentUploadChannel, message),
    openAttachment: (message) => ipcRenderer.invoke(attachmentOpenChannel, message),
    printToPdf: (message) => ipcRenderer.invoke(printToPdfChannel, message),
  }),
);
