import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { timelineQuery } from '../data/timelineQuery';

export function App() {
  const { t } = useTranslation();
  const { data, isPending, error } = useQuery(timelineQuery());
  return (
    <main>
      <h1>{t('app.title')}</h1>
      {isPending ? <p>{t('app.loading')}</p> : null}
      {error ? <p role="alert">{error.message}</p> : null}
      {data ? <p>{t('app.events', { count: data.events.length })}</p> : null}
    </main>
  );
}
