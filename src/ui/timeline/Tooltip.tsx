// The hovered or focused event's date and summary beside its mark, for sighted users; the mark
// itself carries the same text as its accessible name, so this stays hidden from the a11y tree.
import type { TimelineStore } from '../../model/store';
import { rowY } from './geometry';
import type { Mark } from '../../timeline';

interface Props {
  timeline: TimelineStore;
  mark: Mark;
  date: string;
  width: number;
  dir: 'rtl' | 'ltr';
}

const MAX_WIDTH = 280;

export function Tooltip({ timeline, mark, date, width, dir }: Props) {
  const cx = (mark.x1 + mark.x2) / 2;
  // Logical offset from the reading-start edge, kept inside the plot.
  const fromStart = dir === 'rtl' ? width - cx : cx;
  const inline = Math.min(Math.max(fromStart - 24, 0), Math.max(width - MAX_WIDTH, 0));
  return (
    <div
      className="tl-tooltip"
      aria-hidden="true"
      style={{ insetInlineStart: inline, insetBlockStart: rowY(mark.lane, mark.row) + 12 }}
    >
      <span className="tl-tooltip-date">{date}</span>
      {/* Summaries are Arabic whatever the UI language. */}
      <span lang="ar" dir="rtl">
        {timeline.summary(mark.event)}
      </span>
    </div>
  );
}
