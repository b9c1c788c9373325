// Packages that many runs never need (the Readability fallback, feeds, legacy encodings, the web server) are
// loaded on first use: imported at start, they cost every CLI run about 0.2 s before it read a byte.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that loads the package (its CommonJS build) the first time it is called. */
export function lazyPackage<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(specifier) as T;
    return loaded;
  };
}
