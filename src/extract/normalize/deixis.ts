// «اليوم»، «أمس»، «أول أمس»، «غدا»، «بعد غد»: the publication day and its neighbours.
import { dayValue } from '../calendar';
import { NO_ANCHOR, fail, okAt, type Normalizer } from './common';

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
  return okAt(anchor, dayValue(anchor + by));
};
