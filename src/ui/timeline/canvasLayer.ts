// Draws what SVG would be too slow for: density bins, and marks when there are many.
import type { Frame } from '../../timeline';
import { countY, LANE_HEIGHT, LANE_PAD, laneTop, MIN_BAND_PX, rowY } from './geometry';

export interface CanvasStyle {
  colors: string[];
  text: string;
  font: string;
  num: (n: number) => string;
}

export function drawCanvas(
  canvas: HTMLCanvasElement,
  frame: Frame,
  width: number,
  height: number,
  withMarks: boolean,
  style: CanvasStyle,
  radius: number,
): void {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // Density: opacity grows with the square root of the count, so sparse bins stay visible.
  const binH = LANE_HEIGHT - 2 * LANE_PAD;
  for (const b of frame.bins) {
    const k = Math.sqrt(b.count / Math.max(frame.maxBin, 1));
    ctx.globalAlpha = b.underlay ? 0.06 + 0.24 * k : 0.15 + 0.85 * k;
    ctx.fillStyle = style.colors[b.lane] ?? style.text;
    ctx.fillRect(b.x1, laneTop(b.lane) + LANE_PAD, b.x2 - b.x1, binH);
  }
  ctx.globalAlpha = 1;
  if (!withMarks) return;
  for (const m of frame.marks) {
    ctx.fillStyle = style.colors[m.lane] ?? style.text;
    const y = rowY(m.lane, m.row);
    if (m.point) {
      ctx.beginPath();
      ctx.arc(m.x1, y, radius, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.fillRect(m.x1, y - radius, Math.max(m.x2 - m.x1, MIN_BAND_PX), 2 * radius);
    }
  }
  ctx.fillStyle = style.text;
  ctx.font = style.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const c of frame.counts) ctx.fillText(`+${style.num(c.count)}`, c.x, countY(c.lane));
}
