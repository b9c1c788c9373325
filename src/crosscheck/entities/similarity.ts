// String similarity for names written differently by different outlets: transliteration (Andrii / Andriy,
// Sybiha / Sybiga) and diacritics (Plötner / Plotner / Ploetner) leave most letters in place and in order.

/** Jaro similarity in [0, 1]: shared letters within a window, penalised for transpositions. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (matchedB[j] === 1 || a[i] !== b[j]) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (matchedA[i] !== 1) continue;
    while (matchedB[k] !== 1) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  return (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
}

/** Weight of each shared leading letter in Jaro–Winkler (the standard 0.1). */
const PREFIX_WEIGHT = 0.1;
/** Leading letters that earn the prefix bonus (the standard 4). */
const MAX_PREFIX = 4;

/** Jaro–Winkler similarity in [0, 1]: Jaro with a bonus for a shared beginning, where names vary least. */
export function jaroWinkler(a: string, b: string): number {
  const base = jaro(a, b);
  let prefix = 0;
  while (prefix < MAX_PREFIX && prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
    prefix += 1;
  return base + prefix * PREFIX_WEIGHT * (1 - base);
}
