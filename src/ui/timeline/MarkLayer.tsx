// Lanes, events and «+N» counts as SVG: each event mark is a focusable button with its date
// (at its precision) and summary as the accessible name.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timeline } from '../../model';
import { lanes, type Count, type Frame, type Mark } from '../../timeline';
import type { MarkLabels } from './useMarkLabel';
import { countY, LANE_HEIGHT, laneTop, MIN_BAND_PX, rowY } from './geometry';

const R = 5;

interface Props {
  timeline: Timeline;
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
  const denseLanes = new Set(p.frame.bins.map((b) => b.lane));
  // Marks of one event in several lanes are linked by a line through their centres.
  const links: { event: number; x: number; y1: number; y2: number }[] = [];
  const firstOf = new Map<number, Mark>();
  for (const m of p.marks) {
    const first = firstOf.get(m.event);
    if (!first) firstOf.set(m.event, m);
    else
      links.push({
        event: m.event,
        x: (first.x1 + first.x2) / 2,
        y1: rowY(first.lane, first.row),
        y2: rowY(m.lane, m.row),
      });
  }

  return (
    <g className="tl-marks">
      {lanes.map((l, i) => (
        <g key={l} className={`tl-lane tl-lane-${l}`}>
          <rect className="tl-lane-bg" x={0} y={laneTop(i)} width={p.width} height={LANE_HEIGHT} />
          {denseLanes.has(i) ? (
            <rect
              className="tl-density-hit"
              role="img"
              aria-label={t('timeline.density', { lane: t(`timeline.lanes.${l}`) })}
              x={0}
              y={laneTop(i)}
              width={p.width}
              height={LANE_HEIGHT}
            />
          ) : null}
        </g>
      ))}
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
        const primary = firstOf.get(m.event) === m;
        const selected = m.event === p.selected;
        const y = rowY(m.lane, m.row);
        return (
          <g
            key={`${m.event}-${m.lane}`}
            className={`tl-mark tl-lane-${lanes[m.lane]}${selected ? ' is-selected' : ''}`}
            data-event={m.event}
            data-id={p.timeline.events[m.event]!.id}
            data-primary={primary}
            data-x={Math.round((m.x1 + m.x2) / 2)}
            role={primary ? 'button' : undefined}
            aria-label={primary ? p.labels.name(m.event) : undefined}
            aria-pressed={primary ? selected : undefined}
            aria-hidden={primary ? undefined : true}
            tabIndex={primary ? (m.event === p.roving ? 0 : -1) : undefined}
          >
            {m.point ? (
              <>
                <circle className="tl-ring" cx={m.x1} cy={y} r={R + 3.5} />
                <circle className="tl-shape" cx={m.x1} cy={y} r={R} />
              </>
            ) : (
              <>
                <rect
                  className="tl-ring"
                  x={m.x1 - 3.5}
                  y={y - R - 3.5}
                  width={Math.max(m.x2 - m.x1, MIN_BAND_PX) + 7}
                  height={2 * R + 7}
                  rx={5}
                />
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
          aria-label={t('timeline.more', { count: c.count, n: p.num(c.count) })}
        >
          {`+${p.num(c.count)}`}
        </text>
      ))}
    </g>
  );
});
