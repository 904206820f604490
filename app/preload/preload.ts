// The bridge between the sandboxed renderer and the main process (Electron security checklist
// #20 "Do not expose Electron APIs to untrusted web content"): one function per capability, fixed arity,
// and never ipcRenderer itself. Built as one CommonJS file, because sandboxed preloads cannot load modules.
import { contextBridge, ipcRenderer } from 'electron';
import { CLASS_EVENT_CHANNEL, IPC_CHANNELS, type ClassEvent, type IrbApi } from '../shared/ipc';

const c = IPC_CHANNELS;

export const irbApi: IrbApi = {
  getSettings: () => ipcRenderer.invoke(c.getSettings),
  setSettings: (patch) => ipcRenderer.invoke(c.setSettings, patch),
  loadSave: (slot) => ipcRenderer.invoke(c.loadSave, slot),
  writeSave: (slot, json) => ipcRenderer.invoke(c.writeSave, slot, json),
  listSaves: () => ipcRenderer.invoke(c.listSaves),
  quarantineSave: (slot) => ipcRenderer.invoke(c.quarantineSave, slot),
  exportFile: (request) => ipcRenderer.invoke(c.exportFile, request),
  getPlatformInfo: () => ipcRenderer.invoke(c.getPlatformInfo),
  classHostStart: (request) => ipcRenderer.invoke(c.classHostStart, request),
  classHostCommand: (command) => ipcRenderer.invoke(c.classHostCommand, command),
  classHostStop: () => ipcRenderer.invoke(c.classHostStop),
  classHostExport: (kind) => ipcRenderer.invoke(c.classHostExport, kind),
  classHostSaved: () => ipcRenderer.invoke(c.classHostSaved),
  classDiscover: (code) => ipcRenderer.invoke(c.classDiscover, code),
  classLinkJoin: (request) => ipcRenderer.invoke(c.classLinkJoin, request),
  classLinkSubmit: (request) => ipcRenderer.invoke(c.classLinkSubmit, request),
  classLinkLeave: () => ipcRenderer.invoke(c.classLinkLeave),
  // The page gets the event, never the IpcRendererEvent (which would hand it ipcRenderer's sender).
  onClassEvent: (listener) => {
    const forward = (_event: unknown, data: ClassEvent) => listener(data);
    ipcRenderer.on(CLASS_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(CLASS_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('irb', irbApi);
