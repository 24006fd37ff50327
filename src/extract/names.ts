// What a person's name is made of (rules/ar/names.json): where a discovered name may start
// (a given name, or عبد/أبو/أم and a name word, maybe after an honorific), and its English form,
// from the given names' table and a transliteration of the rest.
import namesJson from './rules/ar/names.json';
import { transliterate } from './transliterate';
import { normalizeArabic } from './text';

interface NamesData {
  honorifics: string[];
  links: string[];
  givenNames: [string, string][];
  examples: [string, string, string][];
}
// typed here; the file's shape is checked by tests/extract/names.test.ts
export const namesData = namesJson as unknown as NamesData;

const phrase = (s: string) => normalizeArabic(s).replace(/\s+/g, ' ').trim();
const honorifics = namesData.honorifics.map((h) => phrase(h).split(' '));
const links = new Set(namesData.links.map(phrase));
const given = new Map(namesData.givenNames.map(([ar, en]) => [phrase(ar), en]));

/** How many of `words` (from `at`) an honorific takes, 0 when none opens there. */
export function honorificAt(words: readonly string[], at: number): number {
  let best = 0;
  for (const h of honorifics)
    if (h.length > best && h.every((w, k) => words[at + k] === w)) best = h.length;
  return best;
}

/** Whether a name may open with these words: a given name, or a link and a name word. */
export function opensName(words: readonly string[], at: number): boolean {
  const w = words[at];
  if (w === undefined) return false;
  if (given.has(w)) return true;
  // «عبدالرحمن» is one word as often as two
  if (w.startsWith('عبد') && given.has(w.slice(3))) return true;
  return (
    links.has(w) && words[at + 1] !== undefined && /^[\u0621-\u064A]{2,}$/.test(words[at + 1]!)
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const LETTERS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'dh',
  ط: 't',
  ظ: 'dh',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
};
const isConsonant = (c: string | undefined) => c !== undefined && (c in LETTERS || c === 'ع');

/**
 * A readable spelling of a name word the table does not hold: و and ي between consonants are
 * vowels, a final ي is i and a final ه a, and a short a goes between two consonants (جبوري ->
 * jaburi, كريم -> karim).
 */
function romanize(word: string): string {
  const cs = [...word];
  let out = '';
  let afterConsonant = false;
  cs.forEach((c, i) => {
    const next = cs[i + 1];
    if (c === 'ا') {
      out += 'a';
      afterConsonant = false;
    } else if (c === 'و' || c === 'ي') {
      if (i > 0 && (next === undefined || isConsonant(next))) {
        out += c === 'و' ? 'u' : 'i';
        afterConsonant = false;
      } else {
        out += (afterConsonant ? 'a' : '') + (c === 'و' ? 'w' : 'y');
        afterConsonant = true;
      }
    } else if (c === 'ه' && next === undefined && i > 0) {
      out += 'a';
      afterConsonant = false;
    } else if (c === 'ع') {
      // a glottal stop the Latin names drop: it keeps the vowel around it
      if (i === 0 && isConsonant(next)) out += 'a';
      afterConsonant = i > 0;
    } else if (c in LETTERS) {
      out += (afterConsonant ? 'a' : '') + LETTERS[c];
      afterConsonant = true;
    }
  });
  return out;
}

/** «al-Isawi» from «العيساوي»: the article, then the word spelt out. */
function familyName(word: string): string {
  const body = word.startsWith('ال') ? word.slice(2) : word;
  const t = cap(romanize(body) || transliterate(body));
  return word.startsWith('ال') ? `al-${t}` : t;
}

/** The English form of a name's normalised words. */
export function englishName(words: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === 'عبد' && next) {
      out.push(`Abdul ${given.get(next) ?? familyName(next.replace(/^ال/, ''))}`);
      i++;
    } else if (w.startsWith('عبد') && given.has(w.slice(3)))
      out.push(`Abdul ${given.get(w.slice(3))}`);
    else if (w === 'ابو' || w === 'ابي' || w === 'ابا') out.push('Abu');
    else if (w === 'ام') out.push('Umm');
    else if (w === 'بن' || w === 'ابن') out.push('bin');
    else out.push(given.get(w) ?? familyName(w));
  }
  return out.join(' ');
}
