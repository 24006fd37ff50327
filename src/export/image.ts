// The timeline as an image, from what is on screen: the plot's SVG with its styles written into
// it (an exported file has no stylesheet), the lane names beside it, the canvas layer (dense
// marks, lane bands) under it, and a title. PNG is the same picture drawn on a canvas.

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
] as const;

/** Copies the computed styles that matter for drawing from each element to its clone. */
function inlineStyles(from: Element, to: Element): void {
  const cs = getComputedStyle(from);
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  to.setAttribute('style', style);
  for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i]!, to.children[i]!);
}

const LABEL_WIDTH = 150;
const TITLE_HEIGHT = 36;

/** A standalone SVG document of the timeline panel `root` (a `.tl` element). */
export function timelineSvg(root: HTMLElement, title: string): string {
  const plot = root.querySelector<SVGSVGElement>('svg.tl-svg');
  if (!plot) throw new Error('no timeline on the page');
  const rtl = getComputedStyle(root).direction === 'rtl';
  const width = plot.width.baseVal.value;
  const height = plot.height.baseVal.value;
  const total = width + LABEL_WIDTH;
  const bg = getComputedStyle(document.body).backgroundColor || '#fff';
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  svg.setAttribute('width', String(total));
  svg.setAttribute('height', String(height + TITLE_HEIGHT));
  svg.setAttribute('viewBox', `0 0 ${total} ${height + TITLE_HEIGHT}`);
  svg.setAttribute('direction', rtl ? 'rtl' : 'ltr');
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const font = getComputedStyle(root).fontFamily;
  svg.append(el('rect', { width: total, height: height + TITLE_HEIGHT, fill: bg }));
  svg.append(
    el(
      'text',
      {
        x: rtl ? total - 8 : 8,
        y: 24,
        'text-anchor': 'start',
        'font-family': font,
        'font-size': 18,
        'font-weight': 600,
        fill: getComputedStyle(root).color,
      },
      title,
    ),
  );
  const plotX = rtl ? 0 : LABEL_WIDTH;
  const body = el('g', { transform: `translate(${plotX} ${TITLE_HEIGHT})` });
  // The canvas holds the lane bands and, when there are many, the marks themselves.
  const canvas = root.querySelector<HTMLCanvasElement>('canvas.tl-canvas');
  if (canvas && canvas.width > 0)
    body.append(el('image', { href: canvas.toDataURL('image/png'), x: 0, y: 0, width, height }));
  const clone = doc.importNode(plot, true) as SVGSVGElement;
  inlineStyles(plot, clone);
  clone.removeAttribute('class');
  body.append(clone);
  svg.append(body);
  const labels = root.querySelectorAll<HTMLElement>('.tl-lane-label');
  const laneTop = plot.querySelector('.tl-axis-line')?.getAttribute('y1');
  const top = Number(laneTop ?? 30);
  const laneHeight = labels.length ? (height - top) / labels.length : 0;
  labels.forEach((l, i) => {
    svg.append(
      el(
        'text',
        {
          x: rtl ? total - 8 : 8,
          y: TITLE_HEIGHT + top + laneHeight * (i + 0.5),
          'dominant-baseline': 'middle',
          'font-family': font,
          'font-size': 13,
          'font-weight': 600,
          fill: getComputedStyle(l).color,
        },
        l.textContent ?? '',
      ),
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** The same picture as PNG, at the screen's pixel ratio (at least 2, for print). */
export async function timelinePng(svgText: string): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
