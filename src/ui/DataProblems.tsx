// What the integrity checks found wrong in the file shown: said once, above the explorer, so
// that wrong dates or broken references are never shown silently.
import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../data/integrity';
import { formatCount } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';

export default function DataProblems({
  report,
  source,
}: {
  report: IntegrityReport;
  source: string;
}) {
  const { t } = useTranslation();
  const style = useDateStyle();
  if (report.total === 0) return null;
  return (
    <section className="panel data-problems" role="alert" aria-labelledby="data-problems-title">
      <h2 id="data-problems-title">
        {t('problems.title', { count: report.total, n: formatCount(report.total, style) })}
      </h2>
      <p>
        {t('problems.intro')} <bdi dir="ltr">{source}</bdi>
      </p>
      <details>
        <summary>{t('problems.show')}</summary>
        <ul className="problem-list" dir="ltr">
          {report.problems.map((p, i) => (
            <li key={i}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
        {report.total > report.problems.length ? (
          <p>
            {t('problems.more', { n: formatCount(report.total - report.problems.length, style) })}
          </p>
        ) : null}
      </details>
    </section>
  );
}
