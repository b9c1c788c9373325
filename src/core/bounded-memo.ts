// Pure functions asked about the same words and lines again and again (lemmas, name keys, a line's shape): each
// answer is remembered, and the memory is emptied whenever it holds `size` keys, so it stays bounded in a
// long-running server.

/** `compute`, answered once per key while the key is remembered (undefined answers included). */
export function boundedMemo<K, V>(compute: (key: K) => V, size: number): (key: K) => V {
  const memory = new Map<K, V>();
  return (key) => {
    const known = memory.get(key);
    if (known !== undefined || memory.has(key)) return known as V;
    const value = compute(key);
    if (memory.size >= size) memory.clear();
    memory.set(key, value);
    return value;
  };
}
