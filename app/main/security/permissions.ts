// Electron security checklist #5 "Handle session permission requests from remote content": the game
// needs no camera, microphone, notifications, geolocation, clipboard or fullscreen grant, so all are refused.

export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
