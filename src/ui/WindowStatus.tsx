// Says which period the timeline shows and how many events it holds, politely, once the
// window settles (zooming fires many changes a second).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMonth } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';
import type { TimeWindow } from './timeline/props';

const SETTLE_MS = 700;

export function WindowStatus({ view, count }: { view: TimeWindow; count: number }) {
  const { t } = useTranslation();
  const style = useDateStyle();
  // The last day inside the window, so January–December reads as such.
  const text = t('status.window', {
    from: formatMonth(view.start, style),
    to: formatMonth(view.end - 1, style),
    events: t('app.events', { count, n: formatCount(count, style) }),
  });
  const [spoken, setSpoken] = useState(text);
  useEffect(() => {
    const id = setTimeout(() => setSpoken(text), SETTLE_MS);
    return () => clearTimeout(id);
  }, [text]);
  // Shown at once; spoken once settled, so a zoom gesture is not read out step by step.
  return (
    <>
      <p className="window-status" aria-hidden="true">
        {text}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
