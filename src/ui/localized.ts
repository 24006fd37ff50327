// A text the data gives in Arabic and/or English: the UI language's, else the other one,
// with the language it is in (so it can be marked up with lang).
import type { Localized } from '../model';
import type { Language } from '../state/urlState';

export function pickLocalized(
  text: Localized | undefined,
  lang: Language,
): { text: string; lang: Language } | null {
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  if (text?.[lang]) return { text: text[lang], lang };
  if (text?.[other]) return { text: text[other], lang: other };
  return null;
}
