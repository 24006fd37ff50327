// The loaded timeline: filters, timeline, list and the details or article reader, all
// driven by the URL state. Indexes are built once per data load. The store's head is enough to
// draw, filter and list; the search, the details' sources and the reader wait for its body.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../model/store';
import { buildIndexes, visibleEvents, type SearchIndexes } from '../search';
import { countInWindow, eventTimes, orderedVisible, windowCounter } from '../search/order';
import type { UpdateState } from '../state/useUrlState';
import { serializeState, type AppState } from '../state/urlState';
import { fitWindow } from '../state/windowFit';
import { openingWindow } from '../timeline';
import { ArticleReader } from './ArticleReader';
import { useDateStyle } from './DisplayContext';
import { EventDetails } from './EventDetails';
import { EventList } from './EventList';
import { ExportMenu } from './ExportMenu';
import { FilterPanel } from './FilterPanel';
import { TimelinePanel } from './TimelinePanel';
import { UndatedList } from './UndatedList';
import type { TimeWindow } from './timeline/props';
import { WindowStatus } from './WindowStatus';
import { formatCount } from '../i18n/dates';
import { useSources } from './useSources';

interface Props {
  timeline: TimelineStore;
  state: AppState;
  update: UpdateState;
  narrow: boolean;
}

const IDLE_SLICE_MS = 8;

/** Past this many events the index is built on the first search instead: its idle slices
 * would run for most of a minute at 1M events, each one a frame's worth of work taken from
 * zooming and panning (and the final sort is one long task). */
const WARM_LIMIT = 200_000;

/** Builds the search index in idle slices after a load (once the sentences it indexes are in),
 * so the first search is instant. */
function useIdleWarmUp(indexes: SearchIndexes, ready: boolean, events: number): void {
  useEffect(() => {
    if (!ready || events > WARM_LIMIT) return;
    let cancelled = false;
    let handle: number;
    const schedule = (f: () => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(f, { timeout: 500 })
        : window.setTimeout(f, 16);
    const cancel = (h: number) =>
      typeof cancelIdleCallback === 'function' ? cancelIdleCallback(h) : clearTimeout(h);
    const tick = () => {
      if (cancelled || indexes.warm(IDLE_SLICE_MS)) return;
      handle = schedule(tick);
    };
    handle = schedule(tick);
    return () => {
      cancelled = true;
      cancel(handle);
    };
  }, [indexes, ready, events]);
}

/** Runs f under a User Timing measure (seen by benchmarks and the profiler). */
function timed<T>(name: string, f: () => T): T {
  const start = performance.now();
  const value = f();
  performance.measure?.(name, { start, end: performance.now() });
  return value;
}

export function Explorer({ timeline, state, update, narrow }: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  const indexes = useMemo(
    () => timed('explorer:indexes', () => buildIndexes(timeline)),
    [timeline],
  );
  const times = useMemo(() => timed('explorer:order', () => eventTimes(timeline)), [timeline]);
  const sources = useSources(timeline);
  useIdleWarmUp(indexes, sources, timeline.eventCount);
  // The text search reads the sentences: until they are in, the query waits (and says so).
  const q = sources ? state.q : '';
  const searchPending = !sources && state.q.trim() !== '';
  const visible = useMemo(
    () => visibleEvents(indexes, { actors: state.actors, match: state.match, q }),
    [indexes, state.actors, state.match, q],
  );
  const ordered = useMemo(() => orderedVisible(times, visible), [times, visible]);
  const view = state.window ?? openingWindow(timeline);
  const counter = useMemo(() => windowCounter(times, ordered), [times, ordered]);
  const inWindow = countInWindow(counter, view.start, view.end);
  const found = state.event ? timeline.eventIndex(state.event) : -1;
  const selected = found >= 0 ? found : undefined;
  const foundArticle = state.article && sources ? timeline.articleIndex(state.article.id) : -1;
  const article = foundArticle >= 0 ? foundArticle : undefined;
  // The reader was asked for and the body is on its way: say so rather than «not found».
  const articlePending = state.article !== null && !sources;

  // Callbacks read the window through a ref, so zooming does not re-render the panels.
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  // Leaving the reader (back, or a date link) puts focus on the event it leads to.
  const [fromReader, setFromReader] = useState(false);
  // What opened the details (a mark, a list item), to give it the focus back when they close.
  const opener = useRef<{ id: string; el: HTMLElement } | null>(null);
  const restoreFocus = useRef(false);
  const selectEvent = useCallback(
    (id: string) => {
      const el = document.activeElement;
      opener.current =
        el instanceof HTMLElement || el instanceof SVGElement
          ? { id, el: el as HTMLElement }
          : null;
      setFromReader(false);
      const e = timeline.eventIndex(id);
      const w = viewRef.current;
      update({ event: id, article: null, window: e >= 0 ? fitWindow(w, timeline.date(e)) : w });
    },
    [timeline, update],
  );
  const onQuery = useCallback((q: string) => update({ q }, 'replace'), [update]);
  const onMatch = useCallback((match: AppState['match']) => update({ match }), [update]);
  const clearFilters = useCallback(() => update({ actors: [], q: '' }), [update]);
  const openArticle = useCallback(
    (id: string, paragraph: number) => {
      setFromReader(false);
      update({ article: { id, paragraph } });
    },
    [update],
  );
  const openUndated = useCallback(
    (id: string, paragraph: number, span: { start: number; end: number }) => {
      setFromReader(false);
      update({ event: null, article: { id, paragraph, span } });
    },
    [update],
  );
  const closeDetails = useCallback(() => {
    restoreFocus.current = true;
    update({ event: null });
  }, [update]);
  useEffect(() => {
    if (state.event !== null || !restoreFocus.current) return;
    restoreFocus.current = false;
    const o = opener.current;
    if (!o) return;
    // The same element if it is still there, else the event's mark or list item.
    const target = o.el.isConnected
      ? o.el
      : (document.querySelector<HTMLElement>(`.tl-svg [data-id="${o.id}"][data-primary="true"]`) ??
        document.querySelector<HTMLElement>(`.event-list [data-event-id="${o.id}"]`));
    target?.focus({ preventScroll: true });
  }, [state.event]);
  // Escape closes the details wherever the focus is (after Enter on a mark it stays on the
  // mark), except where Escape means something else: a field, a dialog, the reader.
  const detailsOpen = selected !== undefined && article === undefined && !articlePending;
  useEffect(() => {
    if (!detailsOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const t = e.target instanceof Element ? e.target : null;
      if (t?.closest('dialog, input, textarea, select, .reader')) return;
      closeDetails();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detailsOpen, closeDetails]);
  const onWindowChange = useCallback((w: TimeWindow) => update({ window: w }, 'replace'), [update]);
  const toggleActor = useCallback(
    (id: string) =>
      update({
        actors: state.actors.includes(id)
          ? state.actors.filter((a) => a !== id)
          : [...state.actors, id],
      }),
    [state.actors, update],
  );
  // From the details or the source text: filter by that actor (a second click undoes it).
  const filterByActor = toggleActor;
  const hrefForEvent = useCallback(
    (id: string) =>
      serializeState({ ...state, event: id, article: null }, window.location.search) || '?',
    [state],
  );

  // On phones the details sit above the list: bring them into view when an event is chosen.
  const side = useRef<HTMLElement>(null);
  const shownEvent = useRef(state.event);
  useEffect(() => {
    if (state.event === shownEvent.current) return;
    shownEvent.current = state.event;
    if (narrow && state.event) side.current?.scrollIntoView?.({ block: 'start' });
  }, [state.event, narrow]);

  const leaveReader = (patch: () => void) => {
    patch();
    setFromReader(true);
  };

  const filtered = visible !== null;
  return (
    <div
      className={`explorer${selected !== undefined || article !== undefined || articlePending ? ' has-details' : ''}`}
      data-sources={sources ? 'ready' : 'loading'}
    >
      <FilterPanel
        timeline={timeline}
        actorIndex={indexes.actors}
        lang={state.lang}
        q={state.q}
        onQuery={onQuery}
        selected={state.actors}
        match={state.match}
        onToggleActor={toggleActor}
        onMatch={onMatch}
        onClear={clearFilters}
        defaultOpen={!narrow}
        searchPending={searchPending}
      />
      <div className="panel stage">
        <div className="stage-head">
          <p className="shown-count" aria-live="polite">
            {t('status.shown', {
              shown: formatCount(ordered.length, style),
              total: formatCount(timeline.eventCount, style),
            })}
          </p>
          <ExportMenu timeline={timeline} ordered={ordered} title={document.title} />
        </div>
        {filtered && ordered.length === 0 ? (
          <div className="state state-empty" role="status">
            <p>{t('empty.noMatch')}</p>
            <button type="button" className="button" onClick={clearFilters}>
              {t('empty.clear')}
            </button>
          </div>
        ) : null}
        <TimelinePanel
          timeline={timeline}
          visible={visible}
          lang={state.lang}
          digits={style.digits}
          months={style.months}
          window={view}
          onWindowChange={onWindowChange}
          selectedEventId={state.event}
          onSelectEvent={selectEvent}
          onSelectActor={filterByActor}
        />
        <WindowStatus view={view} count={inWindow} />
      </div>
      <div className="list-column">
        <EventList
          timeline={timeline}
          ordered={ordered}
          selectedId={state.event}
          onSelect={selectEvent}
        />
        <UndatedList timeline={timeline} onOpen={openUndated} />
      </div>
      <aside className="side" aria-label={t('details.title')} ref={side}>
        {articlePending ? (
          <div className="panel details-empty" role="status">
            <p>{t('sources.loading')}</p>
          </div>
        ) : article !== undefined && state.article ? (
          <ArticleReader
            timeline={timeline}
            article={article}
            paragraph={state.article.paragraph}
            span={state.article.span}
            eventId={state.event}
            hrefForEvent={hrefForEvent}
            onSelectEvent={(id) => leaveReader(() => selectEvent(id))}
            onFilterActor={filterByActor}
            onBack={() => leaveReader(() => update({ article: null }))}
          />
        ) : selected !== undefined ? (
          <EventDetails
            key={selected}
            timeline={timeline}
            event={selected}
            lang={state.lang}
            selectedActors={state.actors}
            onFilterActor={filterByActor}
            onOpenArticle={openArticle}
            takeFocus={fromReader}
            onSelectEvent={selectEvent}
            onClose={closeDetails}
          />
        ) : (
          <div className="panel details-empty">
            <p>
              {state.article
                ? t('reader.notFound')
                : state.event
                  ? t('details.notFound')
                  : t('details.none')}
            </p>
          </div>
        )}
      </aside>
    </div>
  );
}
