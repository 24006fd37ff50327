// The whole article, opened at a paragraph (scrolled to and highlighted). Every recognised
// date is a link back to its event; recognised actor names filter by that actor.
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../model/store';
import { formatCount, formatDay } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';
import { WHOLE_LIMIT } from './excerpt';
import { InlineButton } from './InlineButton';
import { MarkedExcerpt } from './MarkedText';
import type { Mark } from './segments';
import { useEventDate } from './useEventDate';

interface Props {
  /** A store whose body is in. */
  timeline: TimelineStore;
  /** The article's index in the store. */
  article: number;
  paragraph: number;
  /** The event the reader was opened from: its sentence stays highlighted. */
  eventId: string | null;
  /** Or a span of the paragraph to highlight (an undated expression). */
  span?: { start: number; end: number } | undefined;
  hrefForEvent: (id: string) => string;
  onSelectEvent: (id: string) => void;
  onFilterActor: (id: string) => void;
  onBack: () => void;
}

/** Every mention in one article, per paragraph: time expressions link to their events. */
export function articleMarks(timeline: TimelineStore, article: number): Map<number, Mark[]> {
  const byParagraph = new Map<number, Mark[]>();
  for (const { event, mention: m } of timeline.articleMentions(article)) {
    const list = byParagraph.get(m.paragraph) ?? [];
    const ref = timeline.eventId(event);
    list.push({ start: m.timex.start, end: m.timex.end, kind: 'timex', ref });
    for (const a of m.actors) list.push({ start: a.start, end: a.end, kind: 'actor', ref: a.id });
    byParagraph.set(m.paragraph, list);
  }
  return byParagraph;
}

export function ArticleReader(props: Props) {
  const { timeline, paragraph, eventId } = props;
  const k = props.article;
  const article = useMemo(() => timeline.fullArticle(k), [timeline, k]);
  const { t } = useTranslation();
  const style = useDateStyle();
  const headingId = useId();
  const target = useRef<HTMLElement>(null);
  const marks = useMemo(() => articleMarks(timeline, k), [timeline, k]);
  const highlight = useMemo(() => {
    const e = eventId ? timeline.eventIndex(eventId) : -1;
    const m =
      e >= 0
        ? timeline.mentions(e).find((x) => x.articleId === article.id && x.paragraph === paragraph)
        : undefined;
    return m?.sentence ?? props.span ?? null;
  }, [timeline, eventId, article.id, paragraph, props.span]);
  const label = useEventDate();
  const eventDate = (id: string) => {
    const e = timeline.eventIndex(id);
    return e >= 0 ? label(timeline.date(e)) : '';
  };

  useEffect(() => {
    target.current?.scrollIntoView?.({ block: 'center' });
    target.current?.focus({ preventScroll: true });
  }, [article.id, paragraph]);

  // Very long paragraphs are shown in part until asked for whole (laying them out takes seconds).
  const [whole, setWhole] = useState<ReadonlySet<number>>(new Set());
  const render = (index: number, text: string) => (
    <MarkedExcerpt
      text={text}
      whole={whole.has(index)}
      marks={marks.get(index) ?? []}
      highlight={index === paragraph ? highlight : null}
      renderMark={(piece, s) =>
        piece.mark.kind === 'timex' && piece.mark.ref ? (
          <a
            className="timex-link"
            href={props.hrefForEvent(piece.mark.ref)}
            title={t('reader.goToEvent', { date: eventDate(piece.mark.ref) })}
            onClick={(e) => {
              e.preventDefault();
              props.onSelectEvent(piece.mark.ref!);
            }}
          >
            {s}
          </a>
        ) : (
          <InlineButton
            className="actor-ref"
            onActivate={() => props.onFilterActor(piece.mark.ref ?? '')}
          >
            {s}
          </InlineButton>
        )
      }
    />
  );

  const title = article.paragraphs.find((p) => p.index === 0)?.text ?? article.title;
  return (
    <section
      className="panel reader"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onBack();
      }}
    >
      <div className="panel-head">
        <p className="eyebrow">{t('reader.title')}</p>
        <button type="button" className="button" onClick={props.onBack}>
          {t('reader.back')}
        </button>
      </div>
      <h2
        id={headingId}
        lang="ar"
        dir="rtl"
        className={paragraph === 0 ? 'reader-title target' : 'reader-title'}
        tabIndex={paragraph === 0 ? -1 : undefined}
        ref={paragraph === 0 ? (target as RefObject<HTMLHeadingElement>) : undefined}
      >
        {render(0, title)}
      </h2>
      <p className="mention-meta">
        <span className="outlet">
          {article.outlet ? <bdi>{article.outlet}</bdi> : t('details.unknownOutlet')}
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          {article.published
            ? t('details.published', { date: formatDay(article.published, style) })
            : t('details.unknownPublished')}
        </span>
      </p>
      <div className="article-body" lang="ar" dir="rtl">
        {article.paragraphs
          .filter((p) => p.index > 0)
          .map((p) => (
            <p
              key={p.index}
              id={`p-${p.index}`}
              className={p.index === paragraph ? 'target' : undefined}
              tabIndex={p.index === paragraph ? -1 : undefined}
              ref={p.index === paragraph ? (target as RefObject<HTMLParagraphElement>) : undefined}
            >
              {render(p.index, p.text)}
              {p.text.length > WHOLE_LIMIT && !whole.has(p.index) ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setWhole(new Set([...whole, p.index]))}
                  >
                    {t('reader.showWhole', { n: formatCount(p.text.length, style) })}
                  </button>
                </>
              ) : null}
            </p>
          ))}
      </div>
    </section>
  );
}
