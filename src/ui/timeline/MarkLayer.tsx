// Lanes, events and «+N» counts as SVG: each event mark is a focusable button with its date
// (at its precision) and summary as the accessible name.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../../model/store';
import type { Count, Frame, LaneDef, Mark } from '../../timeline';
import { laneClass } from './laneNames';
import { markLinks } from './links';
import type { MarkLabels } from './useMarkLabel';
import { countY, LANE_HEIGHT, laneTop, MIN_BAND_PX, rowY } from './geometry';

const R = 5;
/** Marks are small to draw but at least this big to tap (WCAG 2.5.8). */
const TARGET = 24;

/** The transparent area that takes the pointer for a mark: the mark, grown to the target. */
function HitArea({ m, y }: { m: Mark; y: number }) {
  const w = m.point ? 0 : Math.max(m.x2 - m.x1, MIN_BAND_PX);
  const cx = m.point ? m.x1 : m.x1 + w / 2;
  const width = Math.max(w, TARGET);
  return (
    <rect className="tl-hit" x={cx - width / 2} y={y - TARGET / 2} width={width} height={TARGET} />
  );
}

interface Props {
  timeline: TimelineStore;
  lanes: LaneDef[];
  laneName: (lane: LaneDef) => string;
  frame: Frame;
  marks: Mark[];
  counts: Count[];
  width: number;
  roving: number;
  selected: number;
  labels: MarkLabels;
  num: (n: number) => string;
}

export const MarkLayer = memo(function MarkLayer(p: Props) {
  const { t } = useTranslation();
  const { num } = p;
  // Many «+N» cells share a number; i18next is not free, so each label is made once.
  const moreLabel = useMemo(() => {
    const cache = new Map<number, string>();
    return (count: number) => {
      let label = cache.get(count);
      if (label === undefined)
        cache.set(count, (label = t('timeline.more', { count, n: num(count) })));
      return label;
    };
  }, [t, num]);
  const denseLanes = new Set(p.frame.bins.map((b) => b.lane));
  const { links, primary } = markLinks(p.marks);

  // The lane bands are on the canvas; a dense lane is described as one image.
  return (
    <g className="tl-marks">
      {p.lanes.map((l, i) =>
        denseLanes.has(i) ? (
          <g key={l.id} className={`tl-lane ${laneClass(l, i)}`}>
            <rect
              className="tl-density-hit"
              role="img"
              aria-label={t('timeline.density', { lane: p.laneName(l) })}
              x={0}
              y={laneTop(i)}
              width={p.width}
              height={LANE_HEIGHT}
            />
          </g>
        ) : null,
      )}
      {/* What moves with the window: hidden while a gesture runs, when the canvas draws it. */}
      <g className="tl-live">
        {links.map((k) => (
          <line
            key={`${k.event}-${k.y2}`}
            className={k.event === p.selected ? 'tl-link is-selected' : 'tl-link'}
            x1={k.x}
            x2={k.x}
            y1={k.y1}
            y2={k.y2}
            aria-hidden="true"
          />
        ))}
        {p.marks.map((m) => {
          const isPrimary = primary.get(m.event) === m;
          // Only the tab stop can take the focus, so only it needs the focus ring's element.
          const ring = isPrimary && m.event === p.roving;
          const selected = m.event === p.selected;
          const y = rowY(m.lane, m.row);
          return (
            <g
              key={`${m.event}-${m.lane}`}
              className={`tl-mark ${laneClass(p.lanes[m.lane]!, m.lane)}${selected ? ' is-selected' : ''}`}
              data-event={m.event}
              data-id={p.timeline.eventId(m.event)}
              data-primary={isPrimary}
              data-x={Math.round((m.x1 + m.x2) / 2)}
              role={isPrimary ? 'button' : undefined}
              aria-label={isPrimary ? p.labels.name(m.event) : undefined}
              aria-pressed={isPrimary ? selected : undefined}
              aria-hidden={isPrimary ? undefined : true}
              tabIndex={isPrimary ? (m.event === p.roving ? 0 : -1) : undefined}
            >
              {isPrimary ? <HitArea m={m} y={y} /> : null}
              {m.point ? (
                <>
                  {ring ? <circle className="tl-ring" cx={m.x1} cy={y} r={R + 3.5} /> : null}
                  <circle className="tl-shape" cx={m.x1} cy={y} r={R} />
                </>
              ) : (
                <>
                  {ring ? (
                    <rect
                      className="tl-ring"
                      x={m.x1 - 3.5}
                      y={y - R - 3.5}
                      width={Math.max(m.x2 - m.x1, MIN_BAND_PX) + 7}
                      height={2 * R + 7}
                      rx={5}
                    />
                  ) : null}
                  <rect
                    className="tl-shape"
                    x={m.x1}
                    y={y - R}
                    width={Math.max(m.x2 - m.x1, MIN_BAND_PX)}
                    height={2 * R}
                    rx={3}
                  />
                </>
              )}
            </g>
          );
        })}
        {p.counts.map((c) => (
          <text
            key={`${c.lane}-${Math.round(c.x)}`}
            className="tl-count"
            x={c.x}
            y={countY(c.lane)}
            textAnchor="middle"
            role="img"
            aria-label={moreLabel(c.count)}
          >
            {`+${p.num(c.count)}`}
          </text>
        ))}
      </g>
    </g>
  );
});
