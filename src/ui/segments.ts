// Splits a paragraph into runs for rendering: the highlighted sentence and the marked
// time expressions and actor names. Pure offsets maths; React turns runs into elements,
// so the text itself always stays text.

export interface Mark {
  start: number;
  end: number;
  kind: 'timex' | 'actor';
  /** Actor id for an actor mark, event id for a timex mark (when it links to one). */
  ref?: string;
}

export interface Piece {
  start: number;
  end: number;
  mark: Mark | null;
}

export interface Part {
  start: number;
  end: number;
  highlight: boolean;
  pieces: Piece[];
}

/** Marks clamped to the text, sorted, with overlapping ones dropped (the first wins). */
export function cleanMarks(length: number, marks: readonly Mark[]): Mark[] {
  const sorted = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of sorted)
    if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

export function segmentParagraph(
  length: number,
  marks: readonly Mark[],
  highlight: { start: number; end: number } | null = null,
): Part[] {
  const hs = highlight ? Math.max(0, Math.min(length, highlight.start)) : length;
  const he = highlight ? Math.max(hs, Math.min(length, highlight.end)) : length;
  const bounds: [number, number, boolean][] = [
    [0, hs, false],
    [hs, he, true],
    [he, length, false],
  ];
  const clean = cleanMarks(length, marks);
  return bounds
    .filter(([s, e]) => s < e)
    .map(([start, end, hl]) => {
      const pieces: Piece[] = [];
      let at = start;
      for (const m of clean) {
        const s = Math.max(m.start, start);
        const e = Math.min(m.end, end);
        if (s >= e) continue;
        if (s > at) pieces.push({ start: at, end: s, mark: null });
        pieces.push({ start: s, end: e, mark: m });
        at = e;
      }
      if (at < end) pieces.push({ start: at, end, mark: null });
      return { start, end, highlight: hl, pieces };
    });
}
