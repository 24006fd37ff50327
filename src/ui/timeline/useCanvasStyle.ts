// Lane colours for the canvas, read from the CSS custom properties and re-read when the
// colour scheme changes, so canvas and SVG always agree.
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { lanes } from '../../timeline';
import type { CanvasStyle } from './canvasLayer';

export function useCanvasStyle(
  ref: RefObject<HTMLElement | null>,
  num: (n: number) => string,
): CanvasStyle {
  const [scheme, setScheme] = useState(0);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = () => setScheme((s) => s + 1);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const [colors, setColors] = useState<{ colors: string[]; text: string; font: string }>({
    colors: lanes.map(() => '#555'),
    text: '#222',
    font: '11px sans-serif',
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const cs = getComputedStyle(el);
    setColors({
      colors: lanes.map((l) => cs.getPropertyValue(`--tl-lane-${l}`).trim() || '#555'),
      text: cs.getPropertyValue('--tl-text').trim() || cs.color || '#222',
      font: `11px ${cs.fontFamily || 'sans-serif'}`,
    });
  }, [ref, scheme]);
  return useMemo(() => ({ ...colors, num }), [colors, num]);
}
