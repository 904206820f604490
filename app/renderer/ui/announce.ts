// One polite live region outside the re-rendered screens, so screen readers hear each new month's summary
// once (a region that is rebuilt with the screen would be missed or read twice).
let region: HTMLElement | null = null;

export function announce(text: string): void {
  if (!region) {
    region = document.createElement('div');
    region.id = 'announcer';
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.dataset.testid = 'announcer';
    document.body.append(region);
  }
  // Clear first so the same words twice in a row are still announced.
  region.textContent = '';
  const r = region;
  requestAnimationFrame(() => { r.textContent = text; });
}
