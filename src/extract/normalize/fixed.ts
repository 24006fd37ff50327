// A rule that names one day whatever the article's date («هجمات 11 سبتمبر»).
import { valueRange } from '../calendar';
import { fail, okAt, type Normalizer } from './common';

export const fixed: Normalizer = ({ value, anchor }) => {
  const v = value ? valueRange(value) : null;
  return v ? okAt(anchor, v) : fail(`rule value ${value} is not a TimeML value`);
};
