// The app shell: URL state, preferences, language, the data file and its states.
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataLoadError } from '../data/dataError';
import { dataUrlFor } from '../data/dataUrl';
import { timelineQuery } from '../data/timelineQuery';
import { storeLanguage } from '../state/storage';
import { usePrefs } from '../state/usePrefs';
import { useUrlState } from '../state/useUrlState';
import { LoadError, Loading, NoEvents } from './DataStatus';
import { DisplayContext } from './DisplayContext';
import { ErrorBoundary } from './ErrorBoundary';
import { Explorer } from './Explorer';
import { Header } from './Header';

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

  useEffect(() => {
    storeLanguage(state.lang);
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
  }, [state.lang, i18n]);

  const style = useMemo(() => ({ lang: state.lang, ...prefs }), [state.lang, prefs]);

  let content;
  if ('error' in source)
    content = <LoadError error={source.error} onRetry={() => window.location.reload()} />;
  // A retry shows the loading state again, so the click visibly does something.
  else if (query.isPending || (query.isError && query.isFetching)) content = <Loading />;
  else if (query.isError)
    content = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.events.length === 0) content = <NoEvents />;
  else content = <Explorer timeline={query.data} state={state} update={update} narrow={narrow} />;

  return (
    <DisplayContext.Provider value={style}>
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
        title={query.data?.title}
        subtitle={query.data?.subtitle}
      />
      <main id="main">
        <ErrorBoundary>{content}</ErrorBoundary>
      </main>
    </DisplayContext.Provider>
  );
}
