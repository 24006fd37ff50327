// Time expressions the extractor could not date (a relative one in an undated article, a
// decade, an impossible day): listed with the reason, each linked to its sentence in the
// reader, so an article whose dates are all relative does not simply vanish.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../model/store';
import { formatCount, formatNumber } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';
import { useSources } from './useSources';

const PAGE = 100;

interface Props {
  timeline: TimelineStore;
  onOpen: (articleId: string, paragraph: number, span: { start: number; end: number }) => void;
}

/** Reasons the extractor gives that the UI can say in its own words; others are shown as given. */
const KNOWN: Record<string, string> = {
  'relative expression and the article has no publication date': 'undated.noAnchor',
};

export const UndatedList = memo(function UndatedList({ timeline, onOpen }: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  // The titles come with the store's body; the article ids stand in until then.
  const sources = useSources(timeline);
  // A big archive has thousands: a page of them at a time, as the event list does.
  const [limit, setLimit] = useState(PAGE);
  const n = timeline.undated.length;
  if (n === 0) return null;
  const title = (id: string) => {
    const k = sources ? timeline.articleIndex(id) : -1;
    return k >= 0 ? timeline.article(k).title : id;
  };
  return (
    <section className="panel undated" aria-labelledby="undated-title">
      <h2 id="undated-title">{t('undated.title', { n: formatCount(n, style) })}</h2>
      <p className="hint">{t('undated.intro')}</p>
      <ul className="undated-list">
        {timeline.undated.slice(0, limit).map((u, i) => {
          const known = KNOWN[u.reason];
          return (
            <li key={`${u.articleId}:${u.paragraph}:${u.timex.start}:${i}`}>
              <bdi className="undated-text" lang="ar">
                {u.timex.text}
              </bdi>
              <span className="undated-reason">
                {known ? (
                  t(known)
                ) : (
                  <bdi lang="en" dir="ltr">
                    {u.reason}
                  </bdi>
                )}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => onOpen(u.articleId, u.paragraph, u.timex)}
              >
                {t('undated.open', { n: formatNumber(u.paragraph, style) })}
              </button>{' '}
              <bdi className="undated-article" lang="ar">
                {title(u.articleId).slice(0, 120)}
              </bdi>
            </li>
          );
        })}
      </ul>
      {limit < n ? (
        <button type="button" className="button more" onClick={() => setLimit(limit + PAGE)}>
          {t('list.showMore', { n: formatCount(n - limit, style) })}
        </button>
      ) : null}
    </section>
  );
});
