// Small helpers for building records whose optional fields are absent rather than `undefined`.

/** `{ key: value }` when the value is present, `{}` otherwise: spread into a record literal. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The trimmed string, or undefined when it is missing, null or only whitespace. */
export function nonBlank(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
