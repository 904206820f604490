// The SVG art the world loads (files in assets/art). Vite turns each import into a bundled file URL.
import skyline from '../../../assets/art/skyline.svg?url';

export interface ArtEntry { key: string; url: string; width: number; height: number }

export const artManifest: ArtEntry[] = [
  { key: 'skyline', url: skyline, width: 1600, height: 400 },
];
