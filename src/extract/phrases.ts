// Phrases from the rule files as regular-expression alternations and as look-up keys.
import { normalizeArabic } from './text';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of phrases, longest first, with any whitespace between words. */
export function alternation(phrases: Iterable<string>): string {
  const forms = [...new Set([...phrases].map((p) => normalizeArabic(p).trim()).filter(Boolean))];
  forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${forms.map((f) => f.split(/\s+/).map(escape).join('\\s+')).join('|')})`;
}

/** The look-up form of a phrase: normalised, single spaces. */
export const phraseKey = (s: string): string => normalizeArabic(s).replace(/\s+/g, ' ').trim();
