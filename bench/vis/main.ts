// The same synthetic file in vis-timeline, for the side-by-side benchmark. Never part of
// the app bundle: bench/ui.ts builds it on its own into a temporary folder.
import { Timeline as VisTimeline } from 'vis-timeline/standalone';
import type { Timeline } from '../../src/model';
import { eventLaneMask, timelineLanes } from '../../src/timeline/lanes';

const DAY_MS = 86_400_000;

async function main() {
  const param = new URLSearchParams(location.search).get('data') ?? 'data/synthetic-1k.json';
  const data = (await (await fetch(param)).json()) as Timeline;
  // Our lane rule over the plain objects (what the store gives the app, without encoding it).
  const ids: string[] = [];
  const ref = new Map<string, number>();
  const refs = data.events.map((e) =>
    Uint32Array.from(e.actors, (id) => {
      if (!ref.has(id)) ref.set(id, ids.push(id) - 1);
      return ref.get(id)!;
    }),
  );
  const lanes = timelineLanes({
    actors: data.actors,
    sides: data.sides,
    eventCount: data.events.length,
    actorRefs: (i) => refs[i]!,
    poolString: (r) => ids[r]!,
  });
  // One group per lane, as in our app; an event sits in its first lane (vis has one group per item).
  const groups = lanes.list.map((l, order) => ({ id: order, content: l.id, order }));
  const items = data.events.map((e) => {
    const start = Date.parse(e.date.start);
    const point = e.date.precision === 'day';
    const mask = eventLaneMask(e.actors, lanes);
    return {
      id: e.id,
      group: 31 - Math.clz32(mask & -mask),
      content: e.summary.ar.slice(0, 40),
      start,
      ...(point ? { type: 'point' } : { end: Date.parse(e.date.end) + DAY_MS, type: 'range' }),
    };
  });
  const container = document.getElementById('timeline');
  if (!container) throw new Error('no #timeline');
  const timeline = new VisTimeline(container, items, groups, {
    rtl: true,
    height: '640px',
    verticalScroll: true,
    zoomKey: undefined,
  });
  let drawn = false;
  timeline.on('changed', () => {
    if (drawn) return;
    drawn = true;
    performance.mark('timeline-drawn');
  });
}

void main();
