// Loading, error and empty states of the data file, in the UI language.
import { useTranslation } from 'react-i18next';
import { DataLoadError, type DataErrorKind } from '../data/dataError';

export function Loading() {
  const { t } = useTranslation();
  return (
    <section className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{t('app.loading')}</p>
    </section>
  );
}

const messageKey: Record<DataErrorKind, string> = {
  'bad-url': 'error.badUrl',
  network: 'error.network',
  missing: 'error.missing',
  http: 'error.http',
  'not-json': 'error.notJson',
  schema: 'error.schema',
  companion: 'error.companion',
};

export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const known = error instanceof DataLoadError ? error : null;
  return (
    <section className="state state-error" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title">{t('error.title')}</h2>
      <p>
        {known
          ? t(messageKey[known.kind], { url: known.url, detail: known.detail })
          : t('error.crash')}
      </p>
      {known?.kind === 'schema' ||
      known?.kind === 'not-json' ||
      known?.kind === 'companion' ||
      !known ? (
        <p className="error-detail" dir="ltr">
          <code>{known ? known.detail : error.message}</code>
        </p>
      ) : null}
      <button type="button" className="button primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}

export function NoEvents() {
  const { t } = useTranslation();
  return (
    <section className="state" role="status">
      <p>{t('empty.noEvents')}</p>
    </section>
  );
}
