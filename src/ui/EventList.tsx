// The filtered events as a chronological list grouped by year: the accessible alternative
// to the timeline and the phone layout. One tab stop; arrow keys move between events.
import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../model/store';
import { formatCount, formatNumber } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';
import { useEventDate } from './useEventDate';

const PAGE = 200;

interface Props {
  timeline: TimelineStore;
  /** Indices of the events to list, in chronological order. */
  ordered: Uint32Array;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export const EventList = memo(function EventList({
  timeline,
  ordered,
  selectedId,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  const label = useEventDate();
  const root = useRef<HTMLDivElement>(null);
  const [limit, setLimit] = useState(PAGE);
  const selectedPos = useMemo(() => {
    if (selectedId === null) return -1;
    const e = timeline.eventIndex(selectedId);
    return e < 0 ? -1 : ordered.indexOf(e);
  }, [ordered, selectedId, timeline]);
  // Never hide the selected event behind "show more".
  const shown = Math.min(ordered.length, Math.max(limit, selectedPos + 1));

  const groups = useMemo(() => {
    const out: { year: number; items: number[] }[] = [];
    for (let k = 0; k < shown; k++) {
      const i = ordered[k]!;
      const year = Math.floor(timeline.c.eventStart[i]! / 10000);
      const last = out[out.length - 1];
      if (last && last.year === year) last.items.push(i);
      else out.push({ year, items: [i] });
    }
    return out;
  }, [ordered, shown, timeline]);

  const tabStop = selectedPos >= 0 && selectedPos < shown ? selectedId : null;
  const firstId = ordered.length > 0 ? timeline.eventId(ordered[0]!) : null;

  // Keep the selected event in sight by scrolling the list only: scrolling the page would
  // carry the timeline, where the user may have just clicked, out of view.
  useEffect(() => {
    const box = root.current;
    if (!selectedId || !box || box.scrollHeight <= box.clientHeight) return;
    const el = [...box.querySelectorAll<HTMLElement>('[data-event-id]')].find(
      (b) => b.dataset.eventId === selectedId,
    );
    if (!el) return;
    const top = el.offsetTop;
    if (top < box.scrollTop || top + el.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }, [selectedId]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [
      ...(root.current?.querySelectorAll<HTMLButtonElement>('button[data-event-id]') ?? []),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to =
      e.key === 'ArrowDown'
        ? at + 1
        : e.key === 'ArrowUp'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  };

  return (
    <section className="panel event-list" aria-labelledby="list-title" id="events">
      <h2 id="list-title">{t('list.title')}</h2>
      <div ref={root} className="list-scroll" onKeyDown={onKeyDown}>
        {groups.map((g) => (
          <div key={g.year} className="year-group">
            <h3 className="year">{formatNumber(g.year, style)}</h3>
            <ul>
              {g.items.map((i) => {
                const id = timeline.eventId(i);
                const type = timeline.type(i);
                const selected = id === selectedId;
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className={`event-item type-${type}`}
                      data-event-id={id}
                      aria-current={selected ? 'true' : undefined}
                      tabIndex={id === (tabStop ?? firstId) ? 0 : -1}
                      onClick={() => onSelect(id)}
                    >
                      <span className="event-date">{label(timeline.date(i))}</span>
                      <span className="event-type">{t(`types.${type}`)}</span>
                      <span className="event-summary" lang="ar" dir="rtl">
                        {timeline.summary(i)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {shown < ordered.length ? (
        <button type="button" className="button more" onClick={() => setLimit(shown + PAGE)}>
          {t('list.showMore', { n: formatCount(ordered.length - shown, style) })}
        </button>
      ) : null}
    </section>
  );
});
