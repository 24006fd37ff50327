// ASCII letters for Arabic ones: actor ids and a stand-in English spelling of names.
const LATIN: Record<string, string> = {
  ا: 'a',
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
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ء: '',
  ؤ: 'w',
  ئ: 'y',
};

/** ASCII form of an Arabic name for ids and as a stand-in English name. */
export function transliterate(norm: string): string {
  return [...norm].map((c) => LATIN[c] ?? (/[a-z0-9]/.test(c) ? c : c === ' ' ? ' ' : '')).join('');
}
