// An event's date at its precision («أواخر أبريل 2024») and its accessible name, built once per
// event and locale rather than once per frame.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timeline } from '../../model';
import { periodLabel } from '../../timeline';

export interface MarkLabels {
  date: (e: number) => string;
  name: (e: number) => string;
}

export function useMarkLabel(timeline: Timeline, tag: string): MarkLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const dates = new Map<number, string>();
    const date = (e: number) => {
      let s = dates.get(e);
      if (s === undefined) {
        const d = timeline.events[e]!.date;
        const base = periodLabel(d, tag);
        const week = d.precision === 'week' ? t('date.weekOf', { date: base }) : base;
        s = d.mod ? t(`date.${d.mod}`, { date: week }) : week;
        dates.set(e, s);
      }
      return s;
    };
    const names = new Map<number, string>();
    const name = (e: number) => {
      let s = names.get(e);
      if (s === undefined) {
        s = t('timeline.mark', { date: date(e), summary: timeline.events[e]!.summary.ar });
        names.set(e, s);
      }
      return s;
    };
    return { date, name };
  }, [timeline, tag, t]);
}
