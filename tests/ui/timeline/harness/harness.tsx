// A dev-only page for looking at the timeline view alone (`npx vite`, then open
// /tests/ui/timeline/harness/?lang=en&n=100000): fixture data or n synthetic events.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../../../../src/i18n';
import { defaultWindow, type Window } from '../../../../src/timeline';
import { TimelineView } from '../../../../src/ui/timeline/TimelineView';
import { makeEvent, smallTimeline, withEvents } from '../../../timeline/fixtures';
import { asStore } from '../../../fixtures/store';

const q = new URLSearchParams(location.search);
const lang = q.get('lang') === 'en' ? 'en' : 'ar';
const n = Number(q.get('n') ?? 0);
initI18n(lang);

const actorSets = [['us'], ['iraq'], ['coalition'], ['isis'], ['iran'], ['us', 'iraq']];
const timeline = n
  ? withEvents(
      Array.from({ length: n }, (_, i) => {
        // Bursts: a quarter of the events crowd into a few weeks of 2024.
        const day = i % 4 === 0 ? 3850 + (i % 40) : (i * 7919) % 4018;
        const d = new Date(Date.UTC(2014, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        return makeEvent(`s${i}`, d, d, 'day', actorSets[i % actorSets.length]);
      }),
    )
  : smallTimeline;

function Harness() {
  const [w, setW] = useState<Window>(defaultWindow);
  const [sel, setSel] = useState<string | null>(null);
  return (
    <main style={{ padding: '1rem', fontFamily: 'sans-serif' }}>
      <TimelineView
        timeline={asStore(timeline)}
        visible={null}
        lang={lang}
        digits={q.get('digits') === 'arab' ? 'arab' : 'latn'}
        months={q.get('months') === 'levant' ? 'levant' : 'egypt'}
        window={w}
        onWindowChange={setW}
        selectedEventId={sel}
        onSelectEvent={setSel}
      />
      <p data-testid="selected">{sel}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
