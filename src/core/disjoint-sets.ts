// Union-find over the indexes 0…size-1: the grouping step of claim alignment (same figure, same quote, same
// outlet) and of any other "these belong together" pass.

export interface DisjointSets {
  /** The representative of the set holding `index`. */
  find(index: number): number;
  /** Joins the sets of `a` and `b`; false when they were one set already. */
  union(a: number, b: number): boolean;
  /** Every set as its members in increasing order, sets ordered by their smallest member. */
  groups(): number[][];
}

export function disjointSets(size: number): DisjointSets {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    let node = index;
    while (node !== root) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return false;
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
      return true;
    },
    groups() {
      const byRoot = new Map<number, number[]>();
      for (let i = 0; i < size; i += 1) {
        const root = find(i);
        const members = byRoot.get(root) ?? [];
        members.push(i);
        byRoot.set(root, members);
      }
      return [...byRoot.values()];
    },
  };
}
