// «غداة الانتخابات»، «عشية القمة»، «بعد يومين من التفجير»: a day counted from another happening,
// which has a value only when the text dates that happening; else it is undated, with why.
import { dayValue, fromDayNumber, monthValue, yearValue } from '../calendar';
import { fail, numberOf, okAt, unitOf, type Normalizer } from './common';

const SIDES = ['HAPPENING_BEFORE', 'HAPPENING_SAME', 'HAPPENING_AFTER'];

export const happening: Normalizer = ({ slots: g, anchor, happening: dated, tables: t }) => {
  const word = g.event ?? '';
  const at = dated?.(word) ?? null;
  if (!at) return fail(`counted from «${word}», a happening the text does not date`);
  if (g.side) {
    const l = t.listOf(g.side, SIDES);
    const by = l ? (t.list(l)?.offset ?? 0) : 0;
    if (at.precision !== 'day')
      return fail(
        `the day before or after «${word}», which the text dates only to the ${at.precision}`,
      );
    return okAt(anchor, dayValue(at.start + by));
  }
  const unit = unitOf(t, g.unit ?? '', ['UNIT_DAY', 'UNIT_WEEK', 'UNIT_MONTH', 'UNIT_YEAR']);
  if (!unit) return fail('unknown unit');
  const n =
    (numberOf(t, g.num) ?? t.duals.get(t.key(g.unit ?? '')) ?? 1) *
    (t.key(g.dir ?? '') === t.key('بعد') ? 1 : -1);
  const mod = g.approx ? 'APPROX' : null;
  if (unit === 'day' || unit === 'week') {
    if (at.precision !== 'day')
      return fail(
        `counted in ${unit}s from «${word}», which the text dates only to the ${at.precision}`,
      );
    return okAt(anchor, dayValue(at.start + n * (unit === 'week' ? 7 : 1), mod));
  }
  const { y, m } = fromDayNumber(at.start);
  if (unit === 'month') {
    if (at.precision === 'year')
      return fail(`counted in months from «${word}», which the text dates only to the year`);
    const k = y * 12 + (m - 1) + n;
    return okAt(anchor, monthValue(Math.floor(k / 12), (k % 12) + 1, mod));
  }
  return okAt(anchor, yearValue(y + n, mod));
};
