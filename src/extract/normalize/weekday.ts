// «يوم الثلاثاء»، «الخميس المقبل»: the nearest such day to the publication day, the way the
// tense (or الماضي/المقبل) points.
import { dayValue } from '../calendar';
import { NO_ANCHOR, fail, okAt, relOffset, weekdayNear, type Normalizer } from './common';

export const weekday: Normalizer = ({ slots: g, anchor, tense, tables: t }) => {
  if (anchor === null) return fail(NO_ANCHOR);
  const target = t.weekdays.get(t.key(g.weekday ?? ''));
  if (target === undefined) return fail('unknown weekday');
  return okAt(anchor, dayValue(weekdayNear(anchor, target, relOffset(t, g.rel), tense())));
};
