// «اليوم»، «أمس»، «أول أمس»، «غدا»، «بعد غد»: the publication day and its neighbours; with a
// weekday («اليوم الأحد») the day of that name nearest them.
import { dayValue } from '../calendar';
import { NO_ANCHOR, fail, nearestWeekday, okAt, type Normalizer } from './common';

const DEIXIS = [
  'DEIXIS_TODAY',
  'DEIXIS_YESTERDAY',
  'DEIXIS_BEFORE_YESTERDAY',
  'DEIXIS_TOMORROW',
  'DEIXIS_AFTER_TOMORROW',
];

export const deixis: Normalizer = ({ slots: g, anchor, tables: t }) => {
  if (anchor === null) return fail(NO_ANCHOR);
  const l = t.listOf(g.deixis ?? '', DEIXIS);
  const by = l ? (t.list(l)?.offset ?? 0) : 0;
  // «اليوم الأحد»، «أمس الأربعاء»: the weekday named decides (a story written the day before)
  const named = g.weekday ? t.weekdays.get(t.key(g.weekday)) : undefined;
  const day = named === undefined ? anchor + by : nearestWeekday(anchor + by, named);
  return okAt(anchor, dayValue(day));
};
