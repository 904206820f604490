// Electron security checklist #14 "Disable or limit creation of new windows" (and #15: nothing is
// handed to shell.openExternal): the game never needs a second window, so every window.open is denied.

export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}
