// Every mention of an event, grouped by the article that reports it: the source paragraph
// with the sentence highlighted, its time expression and actor names marked.
import { useTranslation } from 'react-i18next';
import type { Actor, Mention } from '../model/schema';
import type { TimelineStore } from '../model/store';
import { formatDay, formatNumber } from '../i18n/dates';
import type { Language } from '../state/urlState';
import { useDateStyle } from './DisplayContext';
import { InlineButton } from './InlineButton';
import { MarkedExcerpt } from './MarkedText';
import type { Mark } from './segments';

interface Props {
  timeline: TimelineStore;
  /** The event's index; the store's body must be in. */
  event: number;
  actors: Map<string, Actor>;
  lang: Language;
  onFilterActor: (id: string) => void;
  onOpenArticle: (articleId: string, paragraph: number) => void;
}

/** A title is a line, not a page: a 60,000-character one is cut (the reader has it whole). */
const TITLE_LIMIT = 300;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The marks of one mention: its time expression and its actor names. */
export function mentionMarks(m: Mention): Mark[] {
  return [
    { start: m.timex.start, end: m.timex.end, kind: 'timex' },
    ...m.actors.map((a) => ({ start: a.start, end: a.end, kind: 'actor' as const, ref: a.id })),
  ];
}

/** Mentions by article, in the order the articles first appear (each with its number). */
export function byArticle(mentions: readonly Mention[]): [string, [Mention, number][]][] {
  const groups = new Map<string, [Mention, number][]>();
  mentions.forEach((m, k) => groups.set(m.articleId, [...(groups.get(m.articleId) ?? []), [m, k]]));
  return [...groups];
}

export function MentionList({
  timeline,
  event,
  actors,
  lang,
  onFilterActor,
  onOpenArticle,
}: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  return (
    <ol className="sources">
      {byArticle(timeline.mentions(event)).map(([articleId, mentions]) => {
        const k = timeline.articleOfMention(event, mentions[0]![1]);
        const article = k >= 0 ? timeline.article(k) : undefined;
        return (
          <li key={articleId} className="source-group">
            <p className="mention-meta">
              <span className="outlet">
                {article?.outlet ? <bdi>{article.outlet}</bdi> : t('details.unknownOutlet')}
              </span>
              <span aria-hidden="true"> · </span>
              <span>
                {article?.published
                  ? t('details.published', { date: formatDay(article.published, style) })
                  : t('details.unknownPublished')}
              </span>
            </p>
            {article ? (
              <p className="mention-title" lang="ar" dir="rtl">
                {clip(article.title, TITLE_LIMIT)}
              </p>
            ) : null}
            <ol className="mentions">
              {mentions.map(([m, n]) => {
                const text = timeline.paragraphText(k, m.paragraph);
                return (
                  <li key={`${m.paragraph}:${m.sentence.start}:${n}`} className="mention">
                    <p className="paragraph-label">
                      {t('details.paragraph', { n: formatNumber(m.paragraph, style) })}
                    </p>
                    {text !== undefined ? (
                      <blockquote className="source" lang="ar" dir="rtl">
                        <p>
                          <MarkedExcerpt
                            text={text}
                            marks={mentionMarks(m)}
                            highlight={m.sentence}
                            anchor={m.timex}
                            renderMark={(piece, s) =>
                              piece.mark.kind === 'timex' ? (
                                <span className="timex">{s}</span>
                              ) : (
                                <InlineButton
                                  className="actor-ref"
                                  title={t('details.filterBy', {
                                    name: actors.get(piece.mark.ref ?? '')?.name[lang] ?? s,
                                  })}
                                  onActivate={() => onFilterActor(piece.mark.ref ?? '')}
                                >
                                  {s}
                                </InlineButton>
                              )
                            }
                          />
                        </p>
                      </blockquote>
                    ) : null}
                    <button
                      type="button"
                      className="button read"
                      onClick={() => onOpenArticle(m.articleId, m.paragraph)}
                    >
                      {t('details.readArticle')}
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
