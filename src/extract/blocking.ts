// The linker's blocking index: which clusters hold a feature (a trigger, an actor, a rare
// word …) in a period. Keys and values are numbers in typed arrays (open addressing), not maps
// of strings: on a 100 MB corpus the index holds tens of millions of keys, and as maps of
// strings it was most of linking's memory and of the collector's work.

/** A slot no key has taken. */
const FREE = -1;
/** The value of a key held by more clusters than a search by it would count. */
const TOO_MANY = -1;
/** Lists longer than this are checked for a cluster through a set, not a scan. */
const SCANNED = 16;
const NO_CLUSTERS: number[] = [];

const hashOf = (period: number, feature: number) => {
  let h = Math.imul(period, 0x9e3779b1) ^ Math.imul(feature ^ (feature >>> 16), 0x85ebca77);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
};

/**
 * Clusters (by number) filed under (period, feature) keys. A key's value is one cluster, a list
 * of several (each once), or TOO_MANY once more than `capOf(feature)` hold it: lists only grow,
 * so such a key would never be counted again, and dropping it keeps busy periods small.
 */
export class BlockingIndex {
  private periods = new Int32Array(1 << 12).fill(FREE);
  private features = new Int32Array(1 << 12);
  /** A cluster (≥ 0), TOO_MANY, or list `-2 - value`. */
  private values = new Int32Array(1 << 12);
  private keys = 0;
  private lists: number[][] = [];
  private sets: (Set<number> | undefined)[] = [];

  constructor(private readonly capOf: (feature: number) => number) {}

  /** The slot of a key, or the free slot where it would go. */
  private slot(period: number, feature: number): number {
    const mask = this.periods.length - 1;
    for (let i = hashOf(period, feature) & mask; ; i = (i + 1) & mask) {
      const p = this.periods[i]!;
      if (p === FREE || (p === period && this.features[i] === feature)) return i;
    }
  }

  private grow(): void {
    const { periods, features, values } = this;
    this.periods = new Int32Array(periods.length * 2).fill(FREE);
    this.features = new Int32Array(periods.length * 2);
    this.values = new Int32Array(periods.length * 2);
    for (let i = 0; i < periods.length; i++) {
      if (periods[i] === FREE) continue;
      const j = this.slot(periods[i]!, features[i]!);
      this.periods[j] = periods[i]!;
      this.features[j] = features[i]!;
      this.values[j] = values[i]!;
    }
  }

  put(period: number, feature: number, cluster: number): void {
    let i = this.slot(period, feature);
    if (this.periods[i] === FREE) {
      if ((this.keys + 1) * 2 > this.periods.length) {
        this.grow();
        i = this.slot(period, feature);
      }
      this.periods[i] = period;
      this.features[i] = feature;
      this.values[i] = cluster;
      this.keys++;
      return;
    }
    const v = this.values[i]!;
    if (v === TOO_MANY || v === cluster) return;
    if (v >= 0) {
      this.values[i] = -2 - this.lists.length;
      this.lists.push([v, cluster]);
      this.sets.push(undefined);
      return;
    }
    const id = -2 - v;
    const list = this.lists[id]!;
    const set = this.sets[id];
    if (set ? set.has(cluster) : list.includes(cluster)) return;
    list.push(cluster);
    if (list.length > this.capOf(feature)) {
      this.values[i] = TOO_MANY;
      this.lists[id] = NO_CLUSTERS;
      this.sets[id] = undefined;
    } else if (set) set.add(cluster);
    else if (list.length > SCANNED) this.sets[id] = new Set(list);
  }

  /** Counts a hit for each cluster filed under each of the features in a period (none for a
   * key held by too many): `hits` by cluster number, and each cluster's first hit appends it to
   * `touched` (which holds `n` and has room for every cluster); returns the new count. Arrays,
   * not a callback or a list that grows: a lookup on a busy day counts hundreds. */
  count(
    period: number,
    features: readonly number[],
    hits: Int32Array,
    touched: Int32Array,
    n: number,
  ): number {
    for (const f of features) {
      const i = this.slot(period, f);
      if (this.periods[i] === FREE) continue;
      const v = this.values[i]!;
      if (v >= 0) {
        if (hits[v]!++ === 0) touched[n++] = v;
      } else if (v !== TOO_MANY)
        for (const c of this.lists[-2 - v]!) if (hits[c]!++ === 0) touched[n++] = c;
    }
    return n;
  }
}
