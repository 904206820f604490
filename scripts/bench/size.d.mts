export interface SizeResult {
  status: 'ok'; jsRawKB: number; jsGzipKB: number; jsInitialGzipKB: number; jsTitleGzipKB: number | null; jsTitleLanguageGzipKB: number | null;
  cssRawKB: number; cssGzipKB: number; fontsKB: number; fontFiles: number; otherKB: number; totalRawKB: number; totalTransferKB: number;
  files: number; jsFiles: { file: string; rawKB: number; gzipKB: number }[];
}
export function measureSize(root: string): SizeResult;
export function titleJs(root: string, gzipOf: (file: string) => number): { entry: string[]; gzip: number; languageGzip: number; languages: number } | null;
