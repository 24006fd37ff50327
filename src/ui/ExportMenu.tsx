// «Export what is shown»: the filtered view as CSV with citations or as the contract's JSON, the
// timeline as SVG or PNG, or a printout. The export code loads only when it is used.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineStore } from '../model/store';

interface Props {
  timeline: TimelineStore;
  /** Indices of the events shown, in time order. */
  ordered: Uint32Array;
  title: string;
}

type Format = 'csv' | 'json' | 'svg' | 'png';

export function ExportMenu({ timeline, ordered, title }: Props) {
  const { t, i18n } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const [failed, setFailed] = useState('');

  const run = async (format: Format) => {
    menu.current?.removeAttribute('open');
    setFailed('');
    try {
      const x = await import('../export');
      // The rows cite the source texts: they may still be on their way.
      if (format === 'csv' || format === 'json') await timeline.sources;
      if (format === 'csv') {
        const lang = i18n.language === 'en' ? 'en' : 'ar';
        const csv = x.eventsCsv(timeline, ordered, x.csvLabels(timeline, lang, t));
        x.download('timeline.csv', csv, 'text/csv;charset=utf-8');
      } else if (format === 'json') {
        x.download(
          'timeline.json',
          x.timelineJson(x.viewTimeline(timeline, ordered)),
          'application/json',
        );
      } else {
        const root = document.querySelector<HTMLElement>('.tl');
        if (!root) throw new Error('no timeline');
        const svg = x.timelineSvg(root, title);
        if (format === 'svg') x.download('timeline.svg', svg, 'image/svg+xml');
        else x.download('timeline.png', await x.timelinePng(svg), 'image/png');
      }
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  };

  const item = (format: Format) => (
    <li>
      <button type="button" className="link-button" onClick={() => void run(format)}>
        {t(`export.${format}`)}
      </button>
    </li>
  );
  return (
    <details className="export-menu" ref={menu}>
      <summary>{t('export.title')}</summary>
      <ul>
        {item('csv')}
        {item('json')}
        {item('svg')}
        {item('png')}
        <li>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              menu.current?.removeAttribute('open');
              window.print();
            }}
          >
            {t('export.print')}
          </button>
        </li>
      </ul>
      {failed ? (
        <p role="alert" className="hint">
          {t('export.failed')} <bdi>{failed}</bdi>
        </p>
      ) : null}
    </details>
  );
}
