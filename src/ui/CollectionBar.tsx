// What to look at: the user's own articles (added in a dialog loaded on demand) and timeline
// files opened from disk, such as one `npm run extract` wrote anywhere.
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataLoadError } from '../data/dataError';
import { loadTimeline, type LoadedTimeline } from '../data/timelineQuery';
import { formatCount } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';
import { LoadError } from './DataStatus';
import type { Collection } from './useCollection';

const ImportDialog = lazy(() => import('./ImportDialog'));

interface Props {
  collection: Collection;
  opened: LoadedTimeline | null;
  onOpened: (t: LoadedTimeline) => void;
}

/** A timeline file from disk, the JSON or its companion (read in the loading worker). */
export function openTimelineFile(
  file: File,
  onReplace: (t: LoadedTimeline) => void,
): Promise<LoadedTimeline> {
  return loadTimeline({ file }, { onReplace });
}

export function CollectionBar({ collection, opened, onOpened }: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  const [dialog, setDialog] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const count = collection.added?.length ?? 0;
  return (
    <div className="collection-bar" data-linking={collection.progress ? 'true' : undefined}>
      <button type="button" className="button" onClick={() => setDialog(true)}>
        {t('import.open')}
        {count ? <span className="badge">{formatCount(count, style)}</span> : null}
      </button>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('import.openFile')}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,.bin,application/json"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          openTimelineFile(file, onOpened).then(
            (t) => {
              setError(null);
              onOpened(t);
            },
            (err: unknown) =>
              setError(err instanceof Error ? err : new DataLoadError('not-json', file.name)),
          );
        }}
      />
      {collection.progress ? (
        <span className="collection-progress" role="status">
          <progress value={collection.progress.done} max={collection.progress.total} />{' '}
          {t('import.progress', {
            done: formatCount(collection.progress.done, style),
            total: formatCount(collection.progress.total, style),
          })}
        </span>
      ) : null}
      {opened ? (
        <span className="hint">
          {t('import.openedFile')} <bdi dir="ltr">{opened.source}</bdi>
        </span>
      ) : null}
      {error ? <LoadError error={error} onRetry={() => input.current?.click()} /> : null}
      {dialog ? (
        <Suspense fallback={null}>
          <ImportDialog collection={collection} onClose={() => setDialog(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
