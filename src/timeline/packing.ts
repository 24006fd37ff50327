// Greedy first-fit stacking into a fixed number of rows; what does not fit is counted, not drawn.

export interface Packing {
  /** Row of each item, or -1 when every row is taken there (the item joins a «+N» count). */
  rows: Int8Array;
}

/**
 * Items are closed intervals [starts[i], ends[i]] in any unit, widened by `pad` on each side.
 * Two items share a row only if their widened intervals do not meet, so with `pad` of half a
 * mark plus half a gap (in the same unit) marks never overlap.
 */
export function pack(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  pad: number,
  maxRows: number,
): Packing {
  const n = starts.length;
  const rows = new Int8Array(n);
  const rowEnd = new Float64Array(maxRows).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const s = starts[i]! - pad;
    const e = Math.max(ends[i]!, starts[i]!) + pad;
    let r = 0;
    while (r < maxRows && rowEnd[r]! >= s) r++;
    if (r === maxRows) {
      rows[i] = -1;
    } else {
      rows[i] = r;
      rowEnd[r] = Math.max(rowEnd[r]!, e);
    }
  }
  return { rows };
}

/** Packing is done per power-of-two zoom level; the level's ms-per-pixel is never below the real one. */
export function packLevel(msPerPx: number): number {
  return Math.ceil(Math.log2(Math.max(msPerPx, 1)));
}
