// Types of bin/bundle.js (plain JavaScript: it runs before any TypeScript loader).
export declare const ROOT: string;
export declare function defaultCacheDirectory(root?: string): string;
export declare function prepareBundle(root?: string, cacheDirectory?: string): Promise<string>;
export declare function loadMain(): Promise<(argv: readonly string[]) => Promise<number>>;
