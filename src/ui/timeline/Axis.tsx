// The time axis: tick lines across the lanes and labels along the top.
import { memo } from 'react';
import type { Tick } from '../../timeline';
import { AXIS_HEIGHT, PLOT_HEIGHT } from './geometry';

interface Props {
  ticks: Tick[];
  x: (t: number) => number;
  width: number;
}

export const Axis = memo(function Axis({ ticks, x, width }: Props) {
  return (
    <g className="tl-axis" aria-hidden="true">
      <line className="tl-axis-line" x1={0} x2={width} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} />
      {ticks.map((t) => {
        const px = x(t.time);
        // Labels near an edge slide inwards rather than being cut.
        const half = t.label.length * 3.4;
        const lx = Math.min(Math.max(px, half), width - half);
        return (
          <g key={t.time} className={t.major ? 'tl-tick is-major' : 'tl-tick'}>
            <line x1={px} x2={px} y1={AXIS_HEIGHT - 6} y2={PLOT_HEIGHT} />
            <text x={lx} y={AXIS_HEIGHT - 10} textAnchor="middle" data-tick={t.time}>
              {t.label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
