// The part of a very long paragraph worth rendering: laying out a 300,000-character paragraph
// blocks the page for seconds, and nobody reads it in a side panel. Short paragraphs are kept
// whole; long ones are cut to the sentence with some context, the sentence itself to the part
// around its time expression, at spaces where there are any.
export const WHOLE_LIMIT = 3000;
const CONTEXT = 400;
const SENTENCE_LIMIT = 2000;

export interface Excerpt {
  /** [start, end) of the paragraph text to render. */
  start: number;
  end: number;
  cutStart: boolean;
  cutEnd: boolean;
}

/** Moves a cut to the nearest space within 40 characters, so words stay whole. */
function atSpace(text: string, at: number, dir: -1 | 1): number {
  for (let i = 0; i < 40; i++) {
    const k = at + dir * i;
    if (k <= 0 || k >= text.length) return Math.max(0, Math.min(text.length, k));
    if (text[k] === ' ') return dir < 0 ? k + 1 : k;
  }
  return at;
}

export function excerpt(
  text: string,
  focus: { start: number; end: number } | null,
  anchor: { start: number; end: number } | null = focus,
): Excerpt {
  const n = text.length;
  if (n <= WHOLE_LIMIT) return { start: 0, end: n, cutStart: false, cutEnd: false };
  let a = focus ? Math.max(0, Math.min(n, focus.start)) : 0;
  let b = focus ? Math.max(a, Math.min(n, focus.end)) : 0;
  if (b - a > SENTENCE_LIMIT) {
    // A sentence too long to show: the part around the time expression.
    const mid = anchor ? (anchor.start + anchor.end) / 2 : a;
    a = Math.max(a, Math.round(mid - SENTENCE_LIMIT / 2));
    b = Math.min(b, a + SENTENCE_LIMIT);
  }
  const start = a - CONTEXT <= 0 ? 0 : atSpace(text, a - CONTEXT, -1);
  const end = b + CONTEXT >= n ? n : atSpace(text, b + CONTEXT, 1);
  return { start, end, cutStart: start > 0, cutEnd: end < n };
}

/** Marks and highlight moved into the excerpt's own offsets. */
export function shiftInto<T extends { start: number; end: number }>(
  items: readonly T[],
  e: Excerpt,
): T[] {
  return items
    .filter((m) => m.end > e.start && m.start < e.end)
    .map((m) => ({
      ...m,
      start: Math.max(m.start, e.start) - e.start,
      end: Math.min(m.end, e.end) - e.start,
    }));
}
