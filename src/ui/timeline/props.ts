// The seam between the app shell (state, panels) and the timeline view (drawing, zoom).
import type { TimelineStore } from '../../model/store';

/** A visible time window in UTC milliseconds, start < end. */
export interface TimeWindow {
  start: number;
  end: number;
}

export type DigitStyle = 'latn' | 'arab';
/** Arabic month names: Iraqi/Levantine (كانون الثاني) or Egyptian (يناير). */
export type MonthStyle = 'levant' | 'egypt';

export interface TimelineViewProps {
  timeline: TimelineStore;
  /** Indices into timeline.events that pass the current filters; null = all. */
  visible: Uint32Array | null;
  lang: 'ar' | 'en';
  digits: DigitStyle;
  months: MonthStyle;
  window: TimeWindow;
  onWindowChange: (w: TimeWindow) => void;
  selectedEventId: string | null;
  onSelectEvent: (id: string) => void;
  /** Clicking an actor anywhere filters by it. */
  onSelectActor?: (actorId: string) => void;
}
