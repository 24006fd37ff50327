// A calendar date from its parts: a year, a month (a name in any naming system, or a number),
// a day (a number or an ordinal). A month without a year takes it from «من العام الماضي»,
// from the year named before it («من العام نفسه»), or from the publication day and the tense.
import {
  dayNumber,
  fromDayNumber,
  isValidDate,
  monthValue,
  yearValue,
  dayValue,
} from '../calendar';
import {
  NO_ANCHOR,
  dayOf,
  fail,
  modOf,
  monthOf,
  okAt,
  relOffset,
  yearForMonth,
  type Normalizer,
} from './common';

export const calendarDate: Normalizer = ({ slots: g, anchor, tense, previous, tables: t }) => {
  const mod = modOf(t, g.part);
  const month = monthOf(t, g);
  const day = dayOf(t, g);
  const dated = (y: number, m: number) => {
    if (day === null) return okAt(anchor, monthValue(y, m, mod));
    return isValidDate(y, m, day)
      ? okAt(anchor, dayValue(dayNumber(y, m, day)))
      : fail('not a real date');
  };

  if (g.year) {
    const y = Number(g.year);
    return month === null ? okAt(anchor, yearValue(y, mod)) : dated(y, month);
  }
  if (month === null) return fail('no rule to normalise this expression');
  if (g.ysame || (g.ythat && t.listOf(g.ythat, ['THAT']))) {
    if (!previous) return fail('refers to a year named before it, and none was');
    return dated(
      fromDayNumber(previous.start).y + (t.listOf(g.ysame ?? '', ['NEXT_PERIOD']) ? 1 : 0),
      month,
    );
  }
  if (anchor === null) return fail(NO_ANCHOR);
  const y = g.yperiod
    ? fromDayNumber(anchor).y + (relOffset(t, g.yrel) ?? 0)
    : yearForMonth(month, anchor, relOffset(t, g.rel), tense());
  return dated(y, month);
};
