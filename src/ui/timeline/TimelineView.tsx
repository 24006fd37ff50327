// The interactive timeline: lanes of events over a zoomable time axis, right to left in Arabic.
// Layout is memoised per data/filter; a frame only culls, picks a level of detail and draws.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  layoutFor,
  computeFrame,
  countEndingBefore,
  countStartingAfter,
  dataExtent,
  defaultFrameOptions,
  directionOf,
  edgeLabel,
  linearX,
  openingWindow,
  localeTag,
  reveal,
  ticks as makeTicks,
  zoomBounds,
  DAY_MS,
  type Count,
} from '../../timeline';
import { Axis } from './Axis';
import { drawCanvas } from './canvasLayer';
import { EdgeNotices } from './EdgeNotices';
import { plotHeight, SVG_MARK_LIMIT } from './geometry';
import { laneClass, useLaneName } from './laneNames';
import { hitTest, pinnedMarks, rovingEvent } from './pinned';
import { keyAction, ZOOM_STEP } from './keys';
import { MarkLayer } from './MarkLayer';
import type { TimelineViewProps } from './props';
import { useCanvasStyle } from './useCanvasStyle';
import { useIdlePacking } from './useIdlePacking';
import { Tooltip } from './Tooltip';
import { useMarkLabel } from './useMarkLabel';
import { usePlotGestures } from './usePlotGestures';
import { useViewWindow, type Painter } from './useViewWindow';
import { useWidth } from './useWidth';
import { useWindowCommands } from './useWindowCommands';
import './TimelineView.css';

const R = defaultFrameOptions.markRadius;
const NO_COUNTS: Count[] = [];

export function TimelineView(props: TimelineViewProps) {
  const { timeline, visible, lang, digits, months, selectedEventId, onSelectEvent } = props;
  const { t } = useTranslation();
  const dir = directionOf(lang);
  const tag = localeTag({ lang, digits, months });
  const num = useMemo(() => {
    const f = new Intl.NumberFormat(tag, { useGrouping: false });
    return (n: number) => f.format(n);
  }, [tag]);

  // Once per data/filter change: never per frame.
  const layout = useMemo(() => layoutFor(timeline, visible), [timeline, visible]);
  const lanes = layout.table.lanes.list;
  const laneName = useLaneName(lang);
  const height = plotHeight(lanes.length);
  const bounds = useMemo(
    () => zoomBounds([dataExtent(timeline), openingWindow(timeline)]),
    [timeline],
  );

  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(plotRef);
  const paintLive = useRef<Painter>(() => false);
  const { view, live, move } = useViewWindow(props.window, bounds, props.onWindowChange, (w) =>
    paintLive.current(w),
  );
  const dragged = usePlotGestures(plotRef, { live, move, bounds, width, dir });
  useIdlePacking(layout, bounds, width, dir, live);
  const cmd = useWindowCommands(layout, bounds, live, move);

  // Per frame: binary-search culling and level of detail over what is on screen.
  const frame = useMemo(
    () => computeFrame(layout, view, { ...defaultFrameOptions, width, dir }),
    [layout, view, width, dir],
  );
  const tickList = useMemo(() => makeTicks(view, width, tag), [view, width, tag]);
  const x = useMemo(() => linearX(view, width, dir), [view, width, dir]);
  const svgMarks = frame.marks.length + frame.counts.length <= SVG_MARK_LIMIT;

  const selectedIndex = useMemo(
    () => (selectedEventId ? timeline.eventIndex(selectedEventId) : -1),
    [timeline, selectedEventId],
  );

  // Roving focus: one event is the tab stop; arrows move it in time order.
  const [focusEvent, setFocusEvent] = useState(-1);
  // The event whose mark takes the focus once a render draws it as the tab stop (-1: none).
  const wantFocus = useRef(-1);
  const roving = useMemo(
    () => rovingEvent(layout, frame, focusEvent, selectedIndex),
    [layout, frame, focusEvent, selectedIndex],
  );
  const [hovered, setHovered] = useState(-1);
  // Focused, selected and hovered events are always real elements, even when the frame is on
  // canvas: they take the focus, show their state, and are what a click lands on.
  const special = useMemo(
    () => pinnedMarks(layout, frame, [roving, selectedIndex, hovered], x),
    [layout, frame, roving, selectedIndex, hovered, x],
  );

  // The SVG's marks; the same array while the frame is, so that a render for another reason
  // (the app shell hearing of the settled window) leaves the mark layer alone.
  const layerMarks = useMemo(
    () =>
      svgMarks
        ? frame.marks.concat(special.filter((m) => !frame.marks.some((f) => f.event === m.event)))
        : special,
    [svgMarks, special, frame],
  );

  // The wish names its event, not just "focus the tab stop": React runs an earlier commit's
  // pending effects before the next render, so on a busy page this effect can run, with the
  // old tab stop, after a key asked for a new one (focus then stayed behind on the old mark).
  useEffect(() => {
    const want = wantFocus.current;
    if (want < 0 || want !== roving) return;
    const mark = plotRef.current?.querySelector<SVGElement>(
      `[data-event="${want}"][data-primary="true"]`,
    );
    if (!mark) return;
    wantFocus.current = -1;
    mark.focus({ preventScroll: true });
  });

  // A new selection made elsewhere (the list, the reader) is brought into view if it is off
  // screen; not on first render, where a shared link's own window must win.
  const lastSelected = useRef(selectedIndex);
  useEffect(() => {
    if (selectedIndex === lastSelected.current) return;
    lastSelected.current = selectedIndex;
    if (selectedIndex < 0 || layout.rankOf[selectedIndex]! < 0) return;
    const target = {
      start: layout.table.start[selectedIndex]! - DAY_MS / 2,
      end: layout.table.end[selectedIndex]! + DAY_MS / 2,
    };
    const w = live();
    if (target.end < w.start || target.start > w.end) move(reveal(w, target, bounds), 'now');
  }, [selectedIndex, layout, live, move, bounds]);

  const labels = useMarkLabel(timeline, tag);
  const [focusVisible, setFocusVisible] = useState(false);
  const tipEvent = hovered >= 0 ? hovered : focusVisible ? roving : -1;
  const tipMark =
    tipEvent >= 0
      ? (frame.marks.find((m) => m.event === tipEvent) ?? special.find((m) => m.event === tipEvent))
      : undefined;

  const style = useCanvasStyle(plotRef, num, lanes);
  useLayoutEffect(() => {
    const c = canvasRef.current;
    if (c) {
      const scene = { frame, width, height, radius: R, selected: -1, lanes: lanes.length };
      drawCanvas(c, { ...scene, marks: !svgMarks, axis: null }, style);
    }
    // The view has caught up with the gesture: the SVG shows it again.
    plotRef.current?.classList.remove('is-moving');
  }, [frame, width, height, lanes, svgMarks, style]);

  // A gesture frame: the whole picture on the canvas, the SVG hidden until the view settles.
  useLayoutEffect(() => {
    paintLive.current = (w) => {
      const c = canvasRef.current;
      const plot = plotRef.current;
      if (!c || !plot) return false;
      const f = computeFrame(layout, w, { ...defaultFrameOptions, width, dir });
      const axis = { ticks: makeTicks(w, width, tag), x: linearX(w, width, dir) };
      const scene = {
        frame: f,
        width,
        height,
        radius: R,
        selected: selectedIndex,
        lanes: lanes.length,
      };
      if (!drawCanvas(c, { ...scene, marks: true, axis }, style)) return false;
      plot.classList.add('is-moving');
      return true;
    };
  }, [layout, width, height, lanes, dir, tag, selectedIndex, style]);

  // The first frame with marks on screen, for the benchmarks' time to first drawn timeline.
  const drawn = useRef(false);
  useEffect(() => {
    if (drawn.current || (frame.marks.length === 0 && !frame.bins.length)) return;
    drawn.current = true;
    requestAnimationFrame(() => performance.mark?.('timeline-drawn'));
  }, [frame]);

  const eventWindow = (e: number) => ({
    start: layout.table.start[e]! - DAY_MS / 2,
    end: layout.table.end[e]! + DAY_MS / 2,
  });

  const focusTo = (e: number) => {
    if (e < 0) return;
    setFocusEvent(e);
    wantFocus.current = e;
    move(reveal(live(), eventWindow(e), bounds));
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(ev.key, dir);
    if (!action) return;
    ev.preventDefault();
    const onMark = (ev.target as Element).getAttribute('data-event');
    if (onMark === null) {
      // On the plot itself: the keys move the window.
      if (action.kind === 'zoom') cmd.zoom(action.factor);
      else if (action.kind === 'step') cmd.step(action.later ? 1 : -1);
      else if (action.kind === 'edge') cmd.toEdge(action.last);
      return;
    }
    // On an event: the keys move the focus through time, or zoom around the event.
    const e = Number(onMark);
    const rank = layout.rankOf[e]!;
    if (action.kind === 'select') onSelectEvent(timeline.eventId(e));
    else if (action.kind === 'step') focusTo(layout.order[rank + (action.later ? 1 : -1)] ?? -1);
    else if (action.kind === 'edge')
      focusTo(layout.order[action.last ? layout.order.length - 1 : 0] ?? -1);
    else cmd.zoom(action.factor, (layout.table.start[e]! + layout.table.end[e]!) / 2);
  };

  const eventAt = (ev: MouseEvent | PointerEvent): number => {
    const el = (ev.target as Element).closest('[data-event]');
    if (el) return Number(el.getAttribute('data-event'));
    if (svgMarks || !plotRef.current) return -1;
    // Canvas marks: the nearest drawn mark under the pointer.
    const rect = plotRef.current.getBoundingClientRect();
    return hitTest(frame.marks, ev.clientX - rect.left, ev.clientY - rect.top, R + 3);
  };

  const onClick = (ev: MouseEvent) => {
    if (dragged.current) return;
    const e = eventAt(ev);
    if (e < 0) return;
    setFocusEvent(e);
    onSelectEvent(timeline.eventId(e));
  };

  const onPointerMove = (ev: PointerEvent) => {
    if (ev.buttons) return;
    const e = eventAt(ev);
    if (e !== hovered) setHovered(e);
  };

  const before = countEndingBefore(layout.sortedEnds, view.start);
  const after = countStartingAfter(layout.sortedStarts, view.end);

  return (
    <section className="tl" dir={dir} lang={lang} aria-label={t('timeline.label')}>
      <div className="tl-toolbar">
        <div className="tl-zoom" role="group" aria-label={t('timeline.controls')}>
          <button
            type="button"
            onClick={() => cmd.zoom(ZOOM_STEP, undefined, 'now')}
            aria-label={t('timeline.zoomIn')}
          >
            +
          </button>
          <button
            type="button"
            onClick={() => cmd.zoom(1 / ZOOM_STEP, undefined, 'now')}
            aria-label={t('timeline.zoomOut')}
          >
            −
          </button>
          <button type="button" onClick={cmd.showAll} title={t('timeline.showAllLabel')}>
            {t('timeline.showAll')}
          </button>
        </div>
      </div>
      <EdgeNotices
        before={before}
        after={after}
        startLabel={edgeLabel(view.start, 'before', tag)}
        endLabel={edgeLabel(view.end, 'after', tag)}
        num={num}
        onReveal={cmd.reveal}
      />
      <div className="tl-body">
        <ul className="tl-lane-labels" aria-label={t('timeline.lanesLabel')}>
          {lanes.map((l, i) => (
            <li key={l.id} className={`tl-lane-label ${laneClass(l, i)}`}>
              <bdi>{laneName(l)}</bdi>
            </li>
          ))}
        </ul>
        <div
          ref={plotRef}
          id="timeline"
          className="tl-plot"
          tabIndex={0}
          role="group"
          aria-label={t('timeline.plot')}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHovered(-1)}
          onFocus={(ev: FocusEvent) => setFocusVisible(ev.target.hasAttribute('data-event'))}
          onBlur={() => setFocusVisible(false)}
        >
          <canvas ref={canvasRef} className="tl-canvas" aria-hidden="true" />
          <svg
            className="tl-svg"
            width={width}
            height={height}
            data-marks={svgMarks ? 'svg' : 'canvas'}
          >
            <Axis ticks={tickList} x={x} width={width} height={height} />
            <MarkLayer
              timeline={timeline}
              lanes={lanes}
              laneName={laneName}
              frame={frame}
              marks={layerMarks}
              counts={svgMarks ? frame.counts : NO_COUNTS}
              width={width}
              roving={roving}
              selected={selectedIndex}
              labels={labels}
              num={num}
            />
          </svg>
          {tipMark ? (
            <Tooltip
              timeline={timeline}
              mark={tipMark}
              date={labels.date(tipMark.event)}
              width={width}
              dir={dir}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
