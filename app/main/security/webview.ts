// Electron security checklist #11/#12 "Do not use allowpopups for WebViews" / "Verify WebView options
// before creation": the game has no <webview> at all (webviewTag is off), and any attempt to attach one is cancelled.

export function blockWebviewAttach(event: { preventDefault(): void }): void {
  event.preventDefault();
}
