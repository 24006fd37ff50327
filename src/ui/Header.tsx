// Title (the data's, else a neutral one), display preferences and the language switch.
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../model';
import type { DisplayPrefs } from '../state/storage';
import type { Language } from '../state/urlState';
import { pickLocalized } from './localized';
import type { DigitStyle, MonthStyle } from './timeline/props';

interface Props {
  lang: Language;
  onLanguage: (l: Language) => void;
  prefs: DisplayPrefs;
  onPrefs: (p: Partial<DisplayPrefs>) => void;
  /** The loaded collection's title and subtitle, when its file gives them. */
  title?: Localized | undefined;
  subtitle?: Localized | undefined;
}

export function Header({ lang, onLanguage, prefs, onPrefs, title, subtitle }: Props) {
  const { t } = useTranslation();
  const heading = pickLocalized(title, lang) ?? { text: t('app.title'), lang };
  const sub = pickLocalized(subtitle, lang) ?? (title ? null : { text: t('app.subtitle'), lang });
  useEffect(() => {
    document.title = heading.text;
  }, [heading.text]);
  const digitsId = useId();
  const monthsId = useId();
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  return (
    <header className="masthead">
      <div className="brand">
        <h1 lang={heading.lang} dir="auto">
          {heading.text}
        </h1>
        {sub ? (
          <p className="subtitle" lang={sub.lang} dir="auto">
            {sub.text}
          </p>
        ) : null}
      </div>
      <div className="masthead-controls">
        <div className="prefs" role="group" aria-label={t('prefs.title')}>
          <span className="pref">
            <label htmlFor={digitsId}>{t('prefs.digits')}</label>
            <select
              id={digitsId}
              value={prefs.digits}
              onChange={(e) => onPrefs({ digits: e.target.value as DigitStyle })}
            >
              <option value="latn">{t('prefs.digitsLatn')}</option>
              <option value="arab">{t('prefs.digitsArab')}</option>
            </select>
          </span>
          <span className="pref">
            <label htmlFor={monthsId}>{t('prefs.months')}</label>
            <select
              id={monthsId}
              value={prefs.months}
              onChange={(e) => onPrefs({ months: e.target.value as MonthStyle })}
            >
              <option value="egypt">{t('prefs.monthsEgypt')}</option>
              <option value="levant">{t('prefs.monthsLevant')}</option>
            </select>
          </span>
        </div>
        <button
          type="button"
          className="button lang-switch"
          lang={other}
          title={t('lang.switchLabel')}
          onClick={() => onLanguage(other)}
        >
          {t('lang.switch')}
        </button>
      </div>
    </header>
  );
}
