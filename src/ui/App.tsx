// The app shell: URL state, preferences, language, the data file and its states.
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataLoadError } from '../data/dataError';
import { storeOf } from '../model/store';
import { dataUrlFor } from '../data/dataUrl';
import { timelineQuery, type LoadedTimeline } from '../data/timelineQuery';
import { storeLanguage } from '../state/storage';
import { usePrefs } from '../state/usePrefs';
import { useUrlState } from '../state/useUrlState';
import { CollectionBar } from './CollectionBar';
import { useIntegrity } from './useIntegrity';
import { LoadError, Loading, NoEvents } from './DataStatus';
import { DisplayContext } from './DisplayContext';
import { ErrorBoundary } from './ErrorBoundary';
import { Explorer } from './Explorer';
import { Header } from './Header';
import { useCollection } from './useCollection';

const NARROW = '(max-width: 720px)';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(NARROW).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(NARROW);
    if (!mq) return;
    const on = () => setNarrow(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return narrow;
}

// Shown only for a file with problems: not part of the page's first download.
const DataProblems = lazy(() => import('./DataProblems'));

const EMPTY = storeOf({ schemaVersion: 1, articles: [], actors: [], events: [], undated: [] });

function resolveDataUrl(): { url: string } | { error: DataLoadError } {
  try {
    return { url: dataUrlFor(window.location, import.meta.env.BASE_URL) };
  } catch (e) {
    if (e instanceof DataLoadError) return { error: e };
    throw e;
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  const [state, update] = useUrlState();
  const [prefs, setPrefs] = usePrefs();
  const narrow = useNarrow();
  const source = useMemo(resolveDataUrl, []);
  const query = useQuery({
    ...timelineQuery('url' in source ? source.url : ''),
    enabled: 'url' in source,
  });
  // A timeline file opened from disk replaces the site's until the page is reloaded.
  const [opened, setOpened] = useState<LoadedTimeline | null>(null);
  const loaded = opened ?? query.data ?? null;
  const integrity = useIntegrity(loaded?.integrity ?? null);
  // The user's own articles, linked with the loaded ones; with none loaded (no data file), alone.
  const failed = !loaded && ('error' in source || query.isError);
  const collection = useCollection(loaded?.store ?? (failed ? EMPTY : null));
  const shown = collection.timeline;

  useEffect(() => {
    storeLanguage(state.lang);
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
  }, [state.lang, i18n]);

  const style = useMemo(() => ({ lang: state.lang, ...prefs }), [state.lang, prefs]);

  let content: ReactNode;
  if (shown && (shown.eventCount > 0 || shown.undated.length > 0))
    content = <Explorer timeline={shown} state={state} update={update} narrow={narrow} />;
  else if (loaded) content = <NoEvents />;
  else if ('error' in source)
    content = <LoadError error={source.error} onRetry={() => window.location.reload()} />;
  // A retry shows the loading state again, so the click visibly does something.
  else if (query.isPending || query.isFetching) content = <Loading />;
  else
    content = <LoadError error={query.error ?? new Error()} onRetry={() => void query.refetch()} />;

  return (
    <DisplayContext.Provider value={style}>
      {shown && (shown.eventCount > 0 || shown.undated.length > 0) ? (
        <>
          <a className="skip-link" href="#timeline">
            {t('app.skipTimeline')}
          </a>
          <a className="skip-link" href="#events">
            {t('app.skipList')}
          </a>
        </>
      ) : null}
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header
        lang={state.lang}
        onLanguage={(lang) => {
          // Switch the strings in the same render as the dates and the direction.
          void i18n.changeLanguage(lang);
          update({ lang });
        }}
        prefs={prefs}
        onPrefs={setPrefs}
        title={shown?.title}
        subtitle={shown?.subtitle}
      />
      <main id="main">
        <CollectionBar collection={collection} opened={opened} onOpened={setOpened} />
        {integrity && loaded && integrity.total > 0 ? (
          <Suspense fallback={null}>
            <DataProblems report={integrity} source={loaded.source} />
          </Suspense>
        ) : null}
        <ErrorBoundary>{content}</ErrorBoundary>
      </main>
    </DisplayContext.Provider>
  );
}
