// What a lane is called and coloured: a side's name from the data, a kind's from the UI strings.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { OTHER_LANE, type LaneDef } from '../../timeline';
import type { Language } from '../../state/urlState';

/** Colours go by place; «others» is always grey (TimelineView.css). */
export const laneClass = (lane: LaneDef, index: number) =>
  `tl-lane-${lane.id === OTHER_LANE ? 'other' : index}`;

export function useLaneName(lang: Language): (lane: LaneDef) => string {
  const { t } = useTranslation();
  return useCallback(
    (lane: LaneDef) =>
      lane.name
        ? lane.name[lang] || lane.name.ar || lane.name.en
        : lane.kind
          ? t(`kinds.${lane.kind}`)
          : t('timeline.lanes.other'),
    [t, lang],
  );
}
