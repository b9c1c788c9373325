// Types of bin/bundle.js (plain JavaScript: it runs before any TypeScript loader).
export declare const ROOT: string;
export declare function defaultCacheDirectory(root?: string): string;
export interface BundlePaths {
  readonly cli: string;
  readonly nerWorker?: string;
}
export declare function prepareBundle(root?: string, cacheDirectory?: string): Promise<BundlePaths>;
export declare function loadMain(): Promise<(argv: readonly string[]) => Promise<number>>;
