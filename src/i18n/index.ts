// i18next with Arabic as the default; the language sets <html dir lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import en from './en.json';

export const languages = { ar: { dir: 'rtl' }, en: { dir: 'ltr' } } as const;
export type Language = keyof typeof languages;

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

export function applyDocumentLanguage(lng: Language): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = languages[lng].dir;
}

export function initI18n(lng: Language = 'ar') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng,
      fallbackLng: 'ar',
      resources,
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
    i18next.on('languageChanged', (l) => applyDocumentLanguage(l === 'en' ? 'en' : 'ar'));
  } else if (i18next.language !== lng) void i18next.changeLanguage(lng);
  applyDocumentLanguage(lng);
  return i18next;
}
