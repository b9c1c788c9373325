// Whether two quantities can both be true: the comparison the cross-check stage runs on claims about the
// same thing, with the tolerance the wording implies and units converted within a dimension.
import { ROUNDED_FIGURE_MIN } from './thresholds.ts';
import type { Quantity } from './types.ts';

/** Factor to a base unit per dimension. Currencies are never converted: rates change, articles do not. */
const CONVERSIONS: Readonly<Record<string, { readonly dimension: string; readonly factor: number }>> = {
  m: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1000 },
  cm: { dimension: 'length', factor: 0.01 },
  mm: { dimension: 'length', factor: 0.001 },
  mi: { dimension: 'length', factor: 1609.344 },
  ft: { dimension: 'length', factor: 0.3048 },
  in: { dimension: 'length', factor: 0.0254 },
  g: { dimension: 'mass', factor: 0.001 },
  kg: { dimension: 'mass', factor: 1 },
  t: { dimension: 'mass', factor: 1000 },
  lb: { dimension: 'mass', factor: 0.45359237 },
  l: { dimension: 'volume', factor: 1 },
  gal: { dimension: 'volume', factor: 3.785411784 },
  bbl: { dimension: 'volume', factor: 158.987294928 },
  m2: { dimension: 'area', factor: 1 },
  ft2: { dimension: 'area', factor: 0.09290304 },
  ha: { dimension: 'area', factor: 10_000 },
  acre: { dimension: 'area', factor: 4046.8564224 },
  km2: { dimension: 'area', factor: 1e6 },
  mi2: { dimension: 'area', factor: 2_589_988.110336 },
  'km/h': { dimension: 'speed', factor: 1 },
  mph: { dimension: 'speed', factor: 1.609344 },
  kn: { dimension: 'speed', factor: 1.852 },
  kW: { dimension: 'power', factor: 1e-3 },
  MW: { dimension: 'power', factor: 1 },
  GW: { dimension: 'power', factor: 1000 },
  kWh: { dimension: 'energy', factor: 1e-3 },
  MWh: { dimension: 'energy', factor: 1 },
  GWh: { dimension: 'energy', factor: 1000 },
  seconds: { dimension: 'time', factor: 1 },
  minutes: { dimension: 'time', factor: 60 },
  hours: { dimension: 'time', factor: 3600 },
  days: { dimension: 'time', factor: 86_400 },
  nights: { dimension: 'time', factor: 86_400 },
  weeks: { dimension: 'time', factor: 604_800 },
  months: { dimension: 'time', factor: 2_629_746 },
  years: { dimension: 'time', factor: 31_556_952 },
  decades: { dimension: 'time', factor: 315_569_520 },
  centuries: { dimension: 'time', factor: 3_155_695_200 },
};

export interface QuantityInterval {
  /** In the base unit of the dimension (or the stated unit when it has none). */
  readonly low: number;
  readonly high: number;
  readonly lowExclusive: boolean;
  readonly highExclusive: boolean;
  /** `time:`/`length:`… for convertible units, the unit itself otherwise (`EUR`, `%`, `people`, ``). */
  readonly dimension: string;
}

/** Half the place value of a round figure's last non-zero digit (200,000 → 50,000), or 0 when the figure is
 *  not round enough to be read as rounded (see ROUNDED_FIGURE_MIN). */
function roundingHalfWidth(value: number): number {
  if (!Number.isInteger(value) || Math.abs(value) < ROUNDED_FIGURE_MIN) return 0;
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place >= 1000 ? place / 2 : 0;
}

/** The values a quantity allows: "about 200" → [180, 220], "over 30" → (30, ∞), "up to 25,000" → [0, 25,000],
 *  a bare round "200,000" → [150,000, 250,000]. */
export function quantityInterval(quantity: Quantity): QuantityInterval {
  const conversion = quantity.unit === undefined ? undefined : CONVERSIONS[quantity.unit];
  const factor = conversion?.factor ?? 1;
  const dimension = conversion === undefined ? (quantity.unit ?? '') : `${conversion.dimension}:`;
  const rounding = quantity.qualifier === 'exact' ? roundingHalfWidth(quantity.value) : 0;
  const low = (quantity.low ?? (quantity.high === undefined ? quantity.value : 0)) - rounding;
  const high = (quantity.high ?? Number.POSITIVE_INFINITY) + rounding;
  return {
    low: low * factor,
    high: high * factor,
    lowExclusive: quantity.qualifier === 'more-than',
    highExclusive: quantity.qualifier === 'less-than',
    dimension,
  };
}

/** A figure written bare ("280") where the other says "more than"/"less than" that same figure. */
function looselyAtBound(bare: Quantity, bounded: Quantity): boolean {
  if (bare.qualifier !== 'exact' || STATED_EXACTLY.test(bare.text)) return false;
  if (bounded.qualifier !== 'more-than' && bounded.qualifier !== 'less-than') return false;
  const bound = bounded.qualifier === 'more-than' ? bounded.low : bounded.high;
  return bound !== undefined && bound === bare.value;
}

const STATED_EXACTLY = /\b(?:exactly|precisely|just)\b/iu;

/**
 * Whether two quantities allow a common value; undefined when they measure different things (another kind,
 * currency or dimension). Counts of people and bare counts compare with each other: what they count is for
 * the caller to match (`countedLemma`, `eventClass`).
 */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean | undefined {
  if (a.kind !== b.kind) return undefined;
  const left = quantityInterval(a);
  const right = quantityInterval(b);
  const countable = (dimension: string): string => (dimension === 'people' ? '' : dimension);
  if (countable(left.dimension) !== countable(right.dimension)) return undefined;
  const scale = Math.max(Math.abs(left.low), Math.abs(right.low), 1);
  const epsilon = scale * 1e-9;
  const lower = Math.max(left.low, right.low);
  const upper = Math.min(left.high, right.high);
  if (lower > upper + epsilon) return false;
  if (Math.abs(lower - upper) <= epsilon) {
    // The intervals only touch: that point must be allowed by both. A bare figure at the bound of "more than
    // N" is the same N written loosely ("280 pounds" / "more than 280 pounds"); "exactly N" is not.
    if (looselyAtBound(a, b) || looselyAtBound(b, a)) return true;
    const touchesExclusive =
      (left.lowExclusive && Math.abs(left.low - lower) <= epsilon) ||
      (right.lowExclusive && Math.abs(right.low - lower) <= epsilon) ||
      (left.highExclusive && Math.abs(left.high - upper) <= epsilon) ||
      (right.highExclusive && Math.abs(right.high - upper) <= epsilon);
    return !touchesExclusive;
  }
  return true;
}
