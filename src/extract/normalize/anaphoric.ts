// «في العام نفسه»، «الشهر التالي»، «ذلك الأسبوع»: the period of (or after) the date named just
// before, not of the publication day.
import { dayNumber, fromDayNumber, isValidDate, monthValue, dayValue } from '../calendar';
import {
  dayOf,
  fail,
  modOf,
  monthOf,
  periodUnit,
  periodValue,
  shiftMonth,
  type NormalizeContext,
  type Normalizer,
  type Resolution,
} from './common';

export function fromPrevious({
  slots: g,
  previous: any,
  previousFine,
  tables: t,
}: NormalizeContext): Resolution {
  const unit = periodUnit(t, g.period ?? '') ?? 'year';
  // «الشهر نفسه» needs a date that named a month, not just a year
  const previous = unit === 'year' ? any : (previousFine ?? any);
  if (!previous) return fail('refers to a date named before it, and none was');
  const by = t.listOf(g.same ?? '', ['NEXT_PERIOD']) ? 1 : 0;
  const month = monthOf(t, g);
  const day = dayOf(t, g);
  const mod = modOf(t, g.part);
  const p = fromDayNumber(previous.start);
  if (unit === 'month' && day !== null) {
    const { y, m } = shiftMonth(previous.start, by);
    return isValidDate(y, m, day)
      ? { ok: true, date: dayValue(dayNumber(y, m, day)), after: false }
      : fail('not a real date');
  }
  const date =
    month !== null && unit === 'year'
      ? monthValue(p.y + by, month, mod)
      : periodValue(unit, previous.start, by, mod);
  return { ok: true, date, after: false };
}

export const anaphoric: Normalizer = fromPrevious;
