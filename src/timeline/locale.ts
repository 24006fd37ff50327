// The BCP 47 tag for Intl: UI language, Arabic month-name tradition, digit style.

export type DigitStyle = 'latn' | 'arab';
export type MonthStyle = 'levant' | 'egypt';

export interface LocaleChoice {
  lang: 'ar' | 'en';
  months: MonthStyle;
  digits: DigitStyle;
}

/** ar-IQ names the months كانون الثاني…; ar-EG names them يناير…; digits are explicit. */
export function localeTag({ lang, months, digits }: LocaleChoice): string {
  const base = lang === 'en' ? 'en-GB' : months === 'levant' ? 'ar-IQ' : 'ar-EG';
  return `${base}-u-nu-${digits}`;
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and are reused every frame, so they are cached. */
export function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}
