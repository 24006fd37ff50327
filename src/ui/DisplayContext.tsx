// The display preferences (language, digits, month names) every date label needs.
import { createContext, useContext } from 'react';
import type { DateStyle } from '../i18n/dates';

export const DisplayContext = createContext<DateStyle>({
  lang: 'ar',
  digits: 'latn',
  months: 'egypt',
});

export const useDateStyle = (): DateStyle => useContext(DisplayContext);
