export function referencedFiles(html: string): string[];
export function isComplete(dir: string): boolean;
export function snapshotBuild(src?: string): { dir: string; remove: () => void };
