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

// foldChar for one UTF-16 code unit, computed on first sight: most folds are one code unit,
// so the hot loop is a table look-up; the rest (a drop, a lowercase that grows) take a detour.
const UNSEEN = -1;
const DROP = -2;
const LONGER = -3;
const folded = new Int32Array(0x10000).fill(UNSEEN);
const longer = new Map<number, string>();

function foldUnit(code: number): number {
  const f = foldChar(String.fromCharCode(code));
  const r = f.length === 0 ? DROP : f.length === 1 ? f.charCodeAt(0) : LONGER;
  if (r === LONGER) longer.set(code, f);
  folded[code] = r;
  return r;
}

/** Normalised text and its offset map, one code unit at a time (surrogates fold alone). */
export function normalizeWithMap(original: string): Normalized {
  const len = original.length;
  const map = new Int32Array(len + 1);
  const out = new Uint16Array(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const code = original.charCodeAt(i);
    let f = folded[code]!;
    if (f === UNSEEN) f = foldUnit(code);
    if (f >= 0) {
      out[n] = f;
      map[n++] = i;
    } else if (f === LONGER) return normalizeSlow(original, out, map, n, i); // rare: «İ»
  }
  map[n] = len;
  return { original, text: unitsToString(out, n), map: map.subarray(0, n + 1) };
}

/** The rest of normalizeWithMap from `from` on, for text where a fold outgrows its char. */
function normalizeSlow(
  original: string,
  head: Uint16Array,
  headMap: Int32Array,
  n: number,
  from: number,
): Normalized {
  let text = unitsToString(head, n);
  const map: number[] = Array.from(headMap.subarray(0, n));
  for (let i = from; i < original.length; i++) {
    const code = original.charCodeAt(i);
    let f = folded[code]!;
    if (f === UNSEEN) f = foldUnit(code);
    if (f === DROP) continue;
    const s = f === LONGER ? longer.get(code)! : String.fromCharCode(f);
    for (let k = 0; k < s.length; k++) map.push(i);
    text += s;
  }
  map.push(original.length);
  return { original, text, map: Int32Array.from(map) };
}

const CHUNK = 4096;
function unitsToString(units: Uint16Array, n: number): string {
  if (n <= CHUNK)
    return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += CHUNK)
    s += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[],
    );
  return s;
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
