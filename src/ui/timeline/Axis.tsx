// The time axis: tick lines across the lanes and labels along the top.
import { memo } from 'react';
import type { Tick } from '../../timeline';
import { AXIS_HEIGHT, TICK_LABEL_Y, TICK_TOP, tickLabelX } from './geometry';

interface Props {
  ticks: Tick[];
  x: (t: number) => number;
  width: number;
  height: number;
}

export const Axis = memo(function Axis({ ticks, x, width, height }: Props) {
  return (
    <g className="tl-axis" aria-hidden="true">
      <line className="tl-axis-line" x1={0} x2={width} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} />
      {ticks.map((t) => {
        const px = x(t.time);
        return (
          <g key={t.time} className={t.major ? 'tl-tick is-major' : 'tl-tick'}>
            <line x1={px} x2={px} y1={TICK_TOP} y2={height} />
            <text
              x={tickLabelX(px, t.label, width)}
              y={TICK_LABEL_Y}
              textAnchor="middle"
              data-tick={t.time}
            >
              {t.label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
