// Quantities for the annotate stage: number phrases with what they count, normalised for comparison.
export { findQuantities, type FindQuantitiesOptions } from './find-quantities.ts';
export { quantitiesAgree, quantityInterval, type QuantityInterval } from './compare.ts';
export type { Quantity, QuantityKind, QuantityQualifier } from './types.ts';
