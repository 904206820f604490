// SVG art the world loads from assets/art (Vite turns each import into a bundled file URL). The town itself
// is drawn in code from the shared shape helpers (scenes/art), so this list is empty until an SVG is needed.
export interface ArtEntry { key: string; url: string; width: number; height: number }

export const artManifest: ArtEntry[] = [];
