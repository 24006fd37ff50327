// A hook that writes event dates in the current language and display preferences.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../i18n/dates';
import type { TimelineDate } from '../model';
import { useDateStyle } from './DisplayContext';

export function useEventDate(): (d: TimelineDate) => string {
  const { t } = useTranslation();
  const style = useDateStyle();
  return useCallback(
    (d: TimelineDate) => formatEventDate(d, style, (k, o) => t(k, o) as string),
    [style, t],
  );
}
