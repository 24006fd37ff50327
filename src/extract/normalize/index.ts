// The normalisers by the name a rule gives (timex-rules.json "normalize"): one per kind of
// meaning a match can have.
import type { NormalizerName } from '../rules/schema';
import { anaphoric } from './anaphoric';
import { calendarDate } from './calendar';
import type { Normalizer } from './common';
import { decade } from './decade';
import { deixis } from './deixis';
import { fixed } from './fixed';
import { happening } from './happening';
import { hijri } from './hijri';
import { offset } from './offset';
import { period } from './period';
import { weekday } from './weekday';

export const normalizers: Record<NormalizerName, Normalizer> = {
  fixed,
  calendar: calendarDate,
  hijri,
  period,
  anaphoric,
  deixis,
  weekday,
  offset,
  decade,
  happening,
};

export type { Normalizer, NormalizeContext, Resolution, Slots, TimexTables } from './common';
