// Feature key → weight row, as an open-addressing hash table over typed arrays (fast to build and to probe).

/** Slots per key at most; a sparser table probes less. */
const LOAD_FACTOR = 0.5;

export class FeatureTable {
  readonly keys: Uint32Array;
  private readonly slots: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  /** Row `i` belongs to `keys[i]`; keys are non-zero and distinct. */
  constructor(keys: Uint32Array) {
    this.keys = keys;
    let capacity = 16;
    while (capacity * LOAD_FACTOR < keys.length) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    this.slotRows = new Int32Array(capacity);
    this.mask = capacity - 1;
    keys.forEach((key, row) => {
      let slot = key & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = key;
      this.slotRows[slot] = row;
    });
  }

  get size(): number {
    return this.keys.length;
  }

  /** The row of a key, or -1. */
  row(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const found = this.slots[slot] ?? 0;
      if (found === key) return this.slotRows[slot] ?? -1;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
