// «الأسبوع الماضي»، «هذا العام»، «مطلع الشهر الجاري»، «في وقت لاحق من هذا العام»، «الخامس من
// الشهر الماضي»: a period counted from the publication day's (or, with «نفسه»/«ذلك», from the
// date named before it).
import { dayNumber, isValidDate, dayValue } from '../calendar';
import { fromPrevious } from './anaphoric';
import {
  NO_ANCHOR,
  dayOf,
  fail,
  modOf,
  okAt,
  periodUnit,
  periodValue,
  relOffset,
  shiftMonth,
  type Normalizer,
} from './common';

export const period: Normalizer = (c) => {
  const { slots: g, anchor, tables: t } = c;
  if (g.same || g.that) return fromPrevious(c);
  if (anchor === null) return fail(NO_ANCHOR);
  const unit = t.key(g.period ?? '') === t.key('الشهر') ? 'month' : periodUnit(t, g.period ?? '');
  if (!unit) return fail('unknown period');
  const by = relOffset(t, g.rel) ?? 0;
  const day = dayOf(t, g);
  if (day !== null) {
    const { y, m } = shiftMonth(anchor, by);
    return isValidDate(y, m, day)
      ? okAt(anchor, dayValue(dayNumber(y, m, day)))
      : fail('not a real date');
  }
  const value = periodValue(unit, anchor, by, modOf(t, g.part));
  // «later this year» points after the publication day even though the value is the year
  if (g.later && t.listOf(g.later, ['LATER'])) return { ok: true, date: value, after: true };
  return okAt(anchor, value);
};
