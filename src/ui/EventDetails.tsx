// The chosen event: its date at its precision, type, actors and every mention with the
// source paragraph, the sentence highlighted and the time expression and actors marked.
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../model/store';
import { formatCount } from '../i18n/dates';
import type { Language } from '../state/urlState';
import { useDateStyle } from './DisplayContext';
import { MentionList } from './MentionList';
import { useEventDate } from './useEventDate';
import { useSources } from './useSources';

interface Props {
  timeline: TimelineStore;
  /** The event's index in the store. */
  event: number;
  lang: Language;
  selectedActors: readonly string[];
  onFilterActor: (id: string) => void;
  onOpenArticle: (articleId: string, paragraph: number) => void;
  onSelectEvent: (id: string) => void;
  onClose: () => void;
  /** Move focus to the heading when shown (coming back from the article reader). */
  takeFocus?: boolean;
}

export const EventDetails = memo(function EventDetails(props: Props) {
  const { timeline, lang } = props;
  const sourcesIn = useSources(timeline);
  // One event's worth of objects, built when it is shown.
  const event = useMemo(() => {
    const i = props.event;
    return {
      id: timeline.eventId(i),
      date: timeline.date(i),
      type: timeline.type(i),
      summary: timeline.summary(i),
      actors: timeline.eventActors(i),
    };
  }, [timeline, props.event]);
  const { t, i18n } = useTranslation();
  const style = useDateStyle();
  const label = useEventDate();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const takeFocus = props.takeFocus ?? false;
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const actors = useMemo(() => new Map(timeline.actors.map((a) => [a.id, a])), [timeline]);
  const sources = sourcesIn ? timeline.sourceCount(props.event) : null;
  // Relations both ways: what this event points to, and what points to it.
  const related = useMemo(() => {
    const name = (type: string, dir: 'out' | 'in') =>
      t(`relations.${dir}.${type}`, { defaultValue: type });
    const other = (i: number) => ({
      id: timeline.eventId(i),
      date: timeline.date(i),
      summary: timeline.summary(i),
    });
    const out = (timeline.relationsOf(props.event) ?? []).flatMap((r) => {
      const i = timeline.eventIndex(r.event);
      return i >= 0 ? [{ kind: name(r.type, 'out'), other: other(i) }] : [];
    });
    const incoming = timeline
      .incoming(event.id)
      .map((r) => ({ kind: name(r.type, 'in'), other: other(r.from) }));
    return [...out, ...incoming];
  }, [timeline, props.event, event.id, t]);
  const otherLang = lang === 'ar' ? 'en' : 'ar';
  const otherType = i18n.getFixedT(otherLang)(`types.${event.type}`);

  return (
    // Escape closes the details from anywhere on the page (Explorer), not only from inside them.
    <section className="panel details" aria-labelledby={headingId}>
      <div className="panel-head">
        <p className="eyebrow">{t('details.title')}</p>
        <button
          type="button"
          className="button icon"
          aria-label={t('details.close')}
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      <h2 id={headingId} className="event-heading" ref={heading} tabIndex={-1}>
        <time dateTime={event.date.value}>{label(event.date)}</time>
      </h2>
      <p className="precision">{t(`precision.${event.date.precision}`)}</p>
      <p className={`type-chip type-${event.type}`}>
        <span>{t(`types.${event.type}`)}</span>
        <span className="sep" aria-hidden="true">
          ·
        </span>
        <span lang={otherLang}>{otherType}</span>
      </p>
      <p className="summary" lang="ar" dir="rtl">
        {event.summary}
      </p>
      {sources !== null ? (
        <p className="corroboration">
          {t('details.sources', { count: sources, n: formatCount(sources, style) })}
        </p>
      ) : null}

      <h3>{t('details.actors')}</h3>
      <ul className="chips">
        {event.actors.map((id) => {
          const a = actors.get(id);
          const name = a ? a.name[lang] : id;
          return (
            <li key={id}>
              <button
                type="button"
                className="chip"
                aria-pressed={props.selectedActors.includes(id)}
                title={t('details.filterBy', { name })}
                onClick={() => props.onFilterActor(id)}
              >
                <bdi>{name}</bdi>
              </button>
            </li>
          );
        })}
      </ul>

      <h3>{t('details.mentions')}</h3>
      {sourcesIn ? (
        <MentionList
          timeline={timeline}
          event={props.event}
          actors={actors}
          lang={lang}
          onFilterActor={props.onFilterActor}
          onOpenArticle={props.onOpenArticle}
        />
      ) : (
        <p className="hint" role="status">
          {t('sources.loading')}
        </p>
      )}

      {related.length > 0 ? (
        <>
          <h3>{t('details.related')}</h3>
          <ul className="related">
            {related.map(({ kind, other }) => (
              <li key={`${kind}:${other.id}`}>
                <span className="relation">{kind}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onSelectEvent(other.id)}
                >
                  {label(other.date)} · <bdi lang="ar">{other.summary}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
});
