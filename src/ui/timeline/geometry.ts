// Vertical layout of the drawing in px: an axis on top, then one band per lane.
import { labelWidth } from '../../timeline';

export const AXIS_HEIGHT = 30;
export const ROW_HEIGHT = 16;
export const LANE_PAD = 10;
export const COUNT_ROW = 16;
export const MAX_ROWS = 3;
export const LANE_HEIGHT = LANE_PAD + MAX_ROWS * ROW_HEIGHT + COUNT_ROW;
/** The drawing's height for a number of lanes (the data decides how many). */
export const plotHeight = (lanes: number) => AXIS_HEIGHT + lanes * LANE_HEIGHT;
/** Above this many marks the frame is drawn on canvas, keeping only focus and selection in SVG:
 * more elements than this make the render after a gesture longer than a frame (docs/bench.md),
 * and are more than anyone would browse one by one (the list is the way through them). */
export const SVG_MARK_LIMIT = 200;

export const laneTop = (lane: number) => AXIS_HEIGHT + lane * LANE_HEIGHT;
export const rowY = (lane: number, row: number) =>
  laneTop(lane) + LANE_PAD + row * ROW_HEIGHT + ROW_HEIGHT / 2;
export const countY = (lane: number) => laneTop(lane) + LANE_PAD + MAX_ROWS * ROW_HEIGHT + 8;
/** A band is never thinner than this, so a month seen from afar is still a band, not a hairline. */
export const MIN_BAND_PX = 5;

/** Where a tick's label is centred: near an edge it slides inwards rather than being cut. */
export function tickLabelX(px: number, label: string, width: number): number {
  const half = labelWidth(label) / 2;
  return Math.min(Math.max(px, half), width - half);
}
export const TICK_LABEL_Y = AXIS_HEIGHT - 10;
export const TICK_TOP = AXIS_HEIGHT - 6;
