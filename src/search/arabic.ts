// Arabic-aware matching forms: the extractor's folding (hamza, alef, taa marbuta, harakat)
// plus proclitic stripping, so «للسوداني» and «السوداني» both find «سوداني».
import { normalizeArabic } from '../extract/text';

const WITH_ARTICLE = /^[وف]?[بك]?ال(.{2,})$/u;
const LIL = /^[وف]?لل(.{2,})$/u;
const SINGLE = /^[وفبل](.{3,})$/u;

/** The token without its leading proclitics (و ف ب ل ك + ال), or the token itself. */
export function stripProclitics(token: string): string {
  const m = WITH_ARTICLE.exec(token) ?? LIL.exec(token) ?? SINGLE.exec(token);
  return m?.[1] ?? token;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

// Word characters as written: letters, digits, and the marks and format controls inside a
// word (harakat, tatweel, bidi marks) that normalisation removes. A table over UTF-16 code
// units, because a regular expression over 20 MB of sources is too slow at 100k events.
let wordTable: Uint8Array | null = null;
function isWordUnit(code: number): boolean {
  if (wordTable === null) {
    wordTable = new Uint8Array(0x10000);
    const re = /[\p{L}\p{N}\p{M}\p{Cf}]/u;
    for (let c = 0; c < 0x10000; c++)
      wordTable[c] = (c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return wordTable[code] === 1;
}

/** Calls back with every word of text[start, end) as written. */
export function forEachWord(
  text: string,
  start: number,
  end: number,
  cb: (word: string) => void,
): void {
  let from = -1;
  for (let i = start; i < end; i++) {
    if (isWordUnit(text.charCodeAt(i))) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      cb(text.substring(from, i));
      from = -1;
    }
  }
  if (from >= 0) cb(text.substring(from, end));
}

// Spellings of one word that Arabic news use side by side and the folding above does not join:
// أميركي / أمريكي (after hamza folding: اميرك / امريك). Applied to the index and the query alike.
const VARIANTS: [RegExp, string][] = [[/اميرك/g, 'امريك']];

function variantForm(token: string): string {
  let out = token;
  for (const [re, to] of VARIANTS) out = out.replace(re, to);
  return out;
}

// Texts repeat the same words over and over (Zipf): normalise each distinct one once.
const folded = new Map<string, string[]>();
const CACHE_LIMIT = 200_000;

/** The normalised tokens of one written word (usually one; punctuation may split it). */
export function foldWord(raw: string): string[] {
  let out = folded.get(raw);
  if (out === undefined) {
    out = normalizeArabic(raw)
      .split(NON_WORD)
      .filter((t) => t.length > 0)
      .map(variantForm);
    if (folded.size >= CACHE_LIMIT) folded.clear();
    folded.set(raw, out);
  }
  return out;
}

/** Normalised word tokens of a text. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, 0, text.length, (w) => {
    for (const t of foldWord(w)) out.push(t);
  });
  return out;
}

const forms = new Map<string, string[]>();

/** The forms a token is indexed and looked up under: as written and without proclitics. */
export function matchForms(token: string): string[] {
  let out = forms.get(token);
  if (out === undefined) {
    const stripped = stripProclitics(token);
    out = stripped === token ? [token] : [token, stripped];
    if (forms.size >= CACHE_LIMIT) forms.clear();
    forms.set(token, out);
  }
  return out;
}

/** Does a name (or alias) match what the user typed? Substring match on matching forms. */
export function nameMatches(name: string, query: string): boolean {
  const q = tokenize(query);
  if (q.length === 0) return true;
  const hay = tokenize(name).flatMap(matchForms).join(' ');
  return q.every((t) => matchForms(t).some((f) => hay.includes(f)));
}
