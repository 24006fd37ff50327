// Text handling for Arabic matching: a normaliser that keeps a map back to the original
// offsets (matching runs on normalised text, spans are reported on the original).

const ARABIC_INDIC = 0x0660;
const PERSIAN = 0x06f0;

/** Maps one character to its matching form; '' drops it. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= ARABIC_INDIC && code <= ARABIC_INDIC + 9) return String(code - ARABIC_INDIC);
  if (code >= PERSIAN && code <= PERSIAN + 9) return String(code - PERSIAN);
  switch (c) {
    case 'أ':
    case 'إ':
    case 'آ':
    case 'ٱ':
      return 'ا';
    case 'ى':
      return 'ي';
    case 'ة':
      return 'ه';
    case 'ـ': // tatweel
      return '';
    case '“':
    case '”':
    case '«':
    case '»':
    case '„':
    case '″':
      return '"';
    case '‘':
    case '’':
    case '‚':
      return "'";
    case '–':
    case '—':
    case '−':
    case '‒':
      return '-';
    case '،':
      return '،';
    case 'ک':
      return 'ك';
    case 'ی':
      return 'ي';
  }
  // harakat, superscript alef, Quranic marks
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed))
    return '';
  // bidi controls and zero-width marks
  if (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x061c
  )
    return '';
  if (code === 0x00a0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a)) return ' ';
  return c.toLowerCase();
}

export interface Normalized {
  original: string;
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: Int32Array;
}

export function normalizeWithMap(original: string): Normalized {
  let text = '';
  let map = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const f = foldChar(original[i]!);
    // «İ» lowercases to two chars (i + U+0307): the map grows past one slot per original char
    if (n + f.length >= map.length) {
      const wider = new Int32Array(map.length * 2);
      wider.set(map);
      map = wider;
    }
    for (let k = 0; k < f.length; k++) map[n++] = i;
    text += f;
  }
  map[n] = original.length;
  return { original, text, map: map.subarray(0, n + 1) };
}

/** Matching form of a string (search boxes, gazetteer aliases). */
export function normalizeArabic(s: string): string {
  let out = '';
  for (const c of s) out += foldChar(c);
  return out;
}

/** Original span of a normalised span [start, end). */
export function toOriginal(
  n: Normalized,
  start: number,
  end: number,
): { start: number; end: number } {
  const s = n.map[start]!;
  // end is exclusive: the original index after the last normalised char's source char
  let e = end > 0 ? n.map[end - 1]! + 1 : s;
  // marks that normalisation dropped after the last char belong to it (هـ, غداً)
  while (end > 0 && e < n.original.length && foldChar(n.original[e]!) === '') e++;
  return { start: s, end: Math.max(s, e) };
}

/** The contract's paragraphs: BOM dropped, lines trimmed, blank lines skipped. */
export function splitParagraphs(raw: string): string[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text
    .split(/\r\n|\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
export const hasArabic = (s: string): boolean => ARABIC_LETTER.test(s);
export const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && /[\p{L}\p{N}_]/u.test(c);
