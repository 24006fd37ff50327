// Draws what SVG would be too slow for. At rest: the lane bands, density bins, and the marks
// when there are many. While a gesture runs: the whole picture (axis, marks, counts, links),
// so that a frame is one canvas redraw and no DOM work; the SVG takes over when it settles.
import type { Frame, Tick } from '../../timeline';
import {
  AXIS_HEIGHT,
  countY,
  LANE_HEIGHT,
  LANE_PAD,
  laneTop,
  MIN_BAND_PX,
  rowY,
  TICK_LABEL_Y,
  TICK_TOP,
  tickLabelX,
} from './geometry';
import { markLinks } from './links';

/** Colours and fonts read from the CSS, so canvas and SVG draw alike. */
export interface CanvasStyle {
  colors: string[];
  text: string;
  muted: string;
  grid: string;
  bandA: string;
  bandB: string;
  select: string;
  font: string;
  boldFont: string;
  num: (n: number) => string;
}

export interface Scene {
  frame: Frame;
  width: number;
  height: number;
  /** Marks, links and «+N» counts too: dense frames at rest, every frame during a gesture. */
  marks: boolean;
  /** The axis, during a gesture (at rest it is SVG). */
  axis: { ticks: Tick[]; x: (t: number) => number } | null;
  /** Drawn with the selection outline when its marks are on the canvas. */
  selected: number;
  /** How many lanes there are (every other one is banded). */
  lanes: number;
  radius: number;
}

export function drawCanvas(canvas: HTMLCanvasElement, scene: Scene, style: CanvasStyle): boolean {
  const { frame, width, height } = scene;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // Every other lane is banded, as a reading aid.
  ctx.fillStyle = style.bandA;
  ctx.globalAlpha = 0.6;
  for (let l = 0; l < scene.lanes; l += 2) ctx.fillRect(0, laneTop(l), width, LANE_HEIGHT);
  ctx.globalAlpha = 1;
  if (scene.axis) drawAxis(ctx, scene.axis, width, height, style);
  // Density: opacity grows with the square root of the count, so sparse bins stay visible.
  const binH = LANE_HEIGHT - 2 * LANE_PAD;
  for (const b of frame.bins) {
    const k = Math.sqrt(b.count / Math.max(frame.maxBin, 1));
    ctx.globalAlpha = b.underlay ? 0.06 + 0.24 * k : 0.15 + 0.85 * k;
    ctx.fillStyle = style.colors[b.lane] ?? style.text;
    ctx.fillRect(b.x1, laneTop(b.lane) + LANE_PAD, b.x2 - b.x1, binH);
  }
  ctx.globalAlpha = 1;
  if (scene.marks) drawMarks(ctx, scene, style);
  return true;
}

function drawAxis(
  ctx: CanvasRenderingContext2D,
  axis: NonNullable<Scene['axis']>,
  width: number,
  height: number,
  style: CanvasStyle,
) {
  ctx.lineWidth = 1;
  ctx.strokeStyle = style.muted;
  ctx.beginPath();
  ctx.moveTo(0, AXIS_HEIGHT);
  ctx.lineTo(width, AXIS_HEIGHT);
  ctx.stroke();
  for (const major of [false, true]) {
    ctx.strokeStyle = major ? style.muted : style.grid;
    ctx.beginPath();
    for (const t of axis.ticks) {
      if (t.major !== major) continue;
      const px = axis.x(t.time);
      ctx.moveTo(px, TICK_TOP);
      ctx.lineTo(px, height);
    }
    ctx.stroke();
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  for (const t of axis.ticks) {
    ctx.font = t.major ? style.boldFont : style.font;
    ctx.fillStyle = t.major ? style.text : style.muted;
    ctx.fillText(t.label, tickLabelX(axis.x(t.time), t.label, width), TICK_LABEL_Y);
  }
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, style: CanvasStyle) {
  const { frame, radius: r, selected } = scene;
  const { links } = markLinks(frame.marks);
  if (links.length) {
    ctx.lineWidth = 1;
    ctx.strokeStyle = style.muted;
    ctx.globalAlpha = 0.6;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    for (const k of links) {
      if (k.event === selected) continue;
      ctx.moveTo(k.x, k.y1);
      ctx.lineTo(k.x, k.y2);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
  // One path per lane: a lane's marks do not overlap, so filling them together looks the same.
  const shape = (i: number) => {
    const m = frame.marks[i]!;
    const y = rowY(m.lane, m.row);
    if (m.point) {
      ctx.moveTo(m.x1 + r, y);
      ctx.arc(m.x1, y, r, 0, 2 * Math.PI);
    } else ctx.roundRect(m.x1, y - r, Math.max(m.x2 - m.x1, MIN_BAND_PX), 2 * r, 3);
  };
  ctx.lineWidth = 1;
  ctx.strokeStyle = style.bandB;
  let i = 0;
  while (i < frame.marks.length) {
    const lane = frame.marks[i]!.lane;
    ctx.fillStyle = style.colors[lane] ?? style.text;
    ctx.beginPath();
    for (; i < frame.marks.length && frame.marks[i]!.lane === lane; i++) shape(i);
    ctx.fill();
    ctx.stroke();
  }
  if (selected >= 0) {
    ctx.strokeStyle = style.select;
    for (const k of links)
      if (k.event === selected) {
        ctx.beginPath();
        ctx.moveTo(k.x, k.y1);
        ctx.lineTo(k.x, k.y2);
        ctx.stroke();
      }
    ctx.lineWidth = 2.5;
    frame.marks.forEach((m, j) => {
      if (m.event !== selected) return;
      ctx.fillStyle = style.colors[m.lane] ?? style.text;
      ctx.beginPath();
      shape(j);
      ctx.fill();
      ctx.stroke();
    });
  }
  ctx.fillStyle = style.text;
  ctx.font = style.boldFont;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.direction = 'ltr';
  for (const c of frame.counts) ctx.fillText(`+${style.num(c.count)}`, c.x, countY(c.lane));
  ctx.direction = 'inherit';
}
