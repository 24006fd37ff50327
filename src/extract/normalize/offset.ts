// «قبل ثلاث سنوات»، «منذ نحو شهرين»، «بعد أسبوع»: a period counted from the publication day.
import { NO_ANCHOR, fail, numberOf, okAt, periodValue, unitOf, type Normalizer } from './common';

export const offset: Normalizer = ({ slots: g, anchor, tables: t }) => {
  if (anchor === null) return fail(NO_ANCHOR);
  const unit = unitOf(t, g.unit ?? '', ['UNIT_DAY', 'UNIT_WEEK', 'UNIT_MONTH', 'UNIT_YEAR']);
  if (!unit) return fail('unknown unit');
  let n = numberOf(t, g.num) ?? t.duals.get(t.key(g.unit ?? '')) ?? 1;
  if (t.decadeUnits.has(t.key(g.unit ?? ''))) n *= 10;
  const sign = t.key(g.dir ?? '') === t.key('بعد') ? 1 : -1;
  return okAt(anchor, periodValue(unit, anchor, sign * n, g.approx ? 'APPROX' : null));
};
