// Shared helpers for component tests: i18n in a chosen language and the display context.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { initI18n } from '../../src/i18n';
import type { DateStyle } from '../../src/i18n/dates';
import { DisplayContext } from '../../src/ui/DisplayContext';

export function renderWith(ui: ReactNode, style: Partial<DateStyle> = {}) {
  const full: DateStyle = { lang: 'ar', digits: 'latn', months: 'egypt', ...style };
  initI18n(full.lang);
  return render(<DisplayContext.Provider value={full}>{ui}</DisplayContext.Provider>);
}
