// Preferences that outlive a link: the language and the display preferences.
// Storage can be unavailable (private mode, sandboxed frames); then nothing persists.
import type { DigitStyle, MonthStyle } from '../ui/timeline/props';
import type { Language } from './urlState';

const KEYS = { lang: 'timeline.lang', digits: 'timeline.digits', months: 'timeline.months' };

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // not persisted: the choice still applies to this page
  }
}

export const storedLanguage = (): Language => (read(KEYS.lang) === 'en' ? 'en' : 'ar');
export const storeLanguage = (l: Language) => write(KEYS.lang, l);

export interface DisplayPrefs {
  digits: DigitStyle;
  months: MonthStyle;
}

export const storedPrefs = (): DisplayPrefs => ({
  digits: read(KEYS.digits) === 'arab' ? 'arab' : 'latn',
  months: read(KEYS.months) === 'levant' ? 'levant' : 'egypt',
});

export function storePrefs(p: DisplayPrefs): void {
  write(KEYS.digits, p.digits);
  write(KEYS.months, p.months);
}
