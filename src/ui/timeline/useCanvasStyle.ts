// Lane colours for the canvas, read from the CSS custom properties and re-read when the
// colour scheme changes, so canvas and SVG always agree.
import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { LaneDef } from '../../timeline';
import type { CanvasStyle } from './canvasLayer';
import { laneClass } from './laneNames';

const fallback: Omit<CanvasStyle, 'num'> = {
  colors: [],
  text: '#222',
  muted: '#57606a',
  grid: '#d0d7de',
  bandA: '#f6f8fa',
  bandB: '#fff',
  select: '#111',
  font: '11px sans-serif',
  boldFont: '600 11px sans-serif',
};

export function useCanvasStyle(
  ref: RefObject<HTMLElement | null>,
  num: (n: number) => string,
  lanes: readonly LaneDef[],
): CanvasStyle {
  const [scheme, setScheme] = useState(0);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = () => setScheme((s) => s + 1);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const [colors, setColors] = useState<Omit<CanvasStyle, 'num'>>(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const cs = getComputedStyle(el);
    const v = (name: string, or: string) => cs.getPropertyValue(name).trim() || or;
    const family = cs.fontFamily || 'sans-serif';
    setColors({
      colors: lanes.map((l, i) => v(`--${laneClass(l, i)}`, '#555')),
      text: v('--tl-text', cs.color || fallback.text),
      muted: v('--tl-muted', fallback.muted),
      grid: v('--tl-grid', fallback.grid),
      bandA: v('--tl-band-a', fallback.bandA),
      bandB: v('--tl-band-b', fallback.bandB),
      select: v('--tl-select', fallback.select),
      font: `11px ${family}`,
      boldFont: `600 11px ${family}`,
    });
  }, [ref, scheme, lanes]);
  return useMemo(() => ({ ...colors, num }), [colors, num]);
}
