// An event's date at its precision («أواخر أبريل 2024») and its accessible name, built once per
// event and locale rather than once per frame.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../../model/store';
import { periodLabel } from '../../timeline';

export interface MarkLabels {
  date: (e: number) => string;
  name: (e: number) => string;
}

export function useMarkLabel(timeline: TimelineStore, tag: string): MarkLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const dates = new Map<number, string>();
    const date = (e: number) => {
      let s = dates.get(e);
      if (s === undefined) {
        const d = timeline.date(e);
        const base = periodLabel(d, tag);
        const week = d.precision === 'week' ? t('date.weekOf', { date: base }) : base;
        s = d.mod ? t(`date.${d.mod}`, { date: week }) : week;
        dates.set(e, s);
      }
      return s;
    };
    // The name's template is translated once and filled in by hand: zooming brings a few hundred
    // new marks into an SVG frame at once, and i18next costs ~15 µs a call.
    const [head, mid, tail] = t('timeline.mark', { date: '\u0000', summary: '\u0000' }).split(
      '\u0000',
    );
    const fill =
      mid === undefined || tail === undefined
        ? (d: string, s: string) => t('timeline.mark', { date: d, summary: s })
        : (d: string, s: string) => `${head}${d}${mid}${s}${tail}`;
    const names = new Map<number, string>();
    const name = (e: number) => {
      let s = names.get(e);
      if (s === undefined) {
        s = fill(date(e), timeline.summary(e));
        names.set(e, s);
      }
      return s;
    };
    return { date, name };
  }, [timeline, tag, t]);
}
