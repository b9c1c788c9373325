export * from './diagnostics.ts';
export * from './ids.ts';
export * from './spans.ts';
export * from './errors.ts';
export * from './bytes.ts';
export * from './random.ts';
export * from './disjoint-sets.ts';
export * from './lazy-package.ts';
