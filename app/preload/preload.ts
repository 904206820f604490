// The bridge between the sandboxed renderer and the main process (Electron security checklist
// #20 "Do not expose Electron APIs to untrusted web content"): one function per capability, fixed arity,
// and never ipcRenderer itself. Built as one CommonJS file, because sandboxed preloads cannot load modules.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type IrbApi } from '../shared/ipc';

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
};

contextBridge.exposeInMainWorld('irb', irbApi);
