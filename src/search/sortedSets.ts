// Set operations on ascending Uint32Arrays of event indices (the indexes' postings).

/** Union of posting lists, via a mark array over the n events (linear, allocation-light). */
export function union(lists: Iterable<Uint32Array>, n: number): Uint32Array {
  const mark = new Uint8Array(n);
  let count = 0;
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (mark[e] === 0) {
        mark[e] = 1;
        count++;
      }
    }
  const out = new Uint32Array(count);
  let k = 0;
  for (let e = 0; e < n && k < count; e++) if (mark[e] === 1) out[k++] = e;
  return out;
}

/** Intersection of two ascending lists. */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[k++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.slice(0, k);
}

/** Intersection where null means "everything". */
export function intersectNullable(
  a: Uint32Array | null,
  b: Uint32Array | null,
): Uint32Array | null {
  if (a === null) return b;
  if (b === null) return a;
  return intersect(a, b);
}
