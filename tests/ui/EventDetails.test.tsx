// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { EventDetails } from '../../src/ui/EventDetails';
import { fixtureTimeline as timeline } from '../fixtures/timeline';
import { renderWith } from './setup';
import { asStore } from '../fixtures/store';

afterEach(cleanup);

const event = (id: string) => asStore(timeline).eventIndex(id);
const eventObject = (id: string) => timeline.events.find((e) => e.id === id)!;

function show(id: string, style = {}) {
  const handlers = {
    onFilterActor: vi.fn(),
    onOpenArticle: vi.fn(),
    onSelectEvent: vi.fn(),
    onClose: vi.fn(),
  };
  const lang = (style as { lang?: 'ar' | 'en' }).lang ?? 'ar';
  const r = renderWith(
    <EventDetails
      timeline={asStore(timeline)}
      event={event(id)}
      lang={lang}
      selectedActors={['us']}
      {...handlers}
    />,
    style,
  );
  return { ...r, ...handlers };
}

test('shows the date at its precision, the type in both languages and the summary', () => {
  show('ev-2024-07-22-talks');
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('22 يوليو 2024');
  expect(screen.getByText('دقة التاريخ: يوم')).toBeTruthy();
  expect(screen.getByText('محادثات')).toBeTruthy();
  expect(screen.getByText('Talks').getAttribute('lang')).toBe('en');
  expect(screen.getByText(eventObject('ev-2024-07-22-talks').summary.ar)).toBeTruthy();
});

test('month precision is written as a month, in the chosen month names and digits', () => {
  show('ev-2014-coalition', { months: 'levant', digits: 'arab' });
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('أيلول ٢٠١٤');
});

test('the source paragraph has the sentence highlighted and the timex and actors marked', () => {
  const { container } = show('ev-2024-07-22-talks');
  const m = eventObject('ev-2024-07-22-talks').mentions[0]!;
  const paragraph = timeline.articles[0]!.paragraphs[1]!.text;
  const mark = container.querySelector('mark.sentence')!;
  expect(mark.textContent).toBe(paragraph.slice(m.sentence.start, m.sentence.end));
  expect(container.querySelector('blockquote')!.textContent).toBe(paragraph);
  expect(mark.querySelector('.timex')!.textContent).toBe('اليوم الاثنين');
  expect([...mark.querySelectorAll('.actor-ref')].map((b) => b.textContent)).toEqual([
    'ألينا رومانوسكي',
    'واشنطن',
  ]);
});

test('clicking an actor, in the chips or in the source text, filters by it', () => {
  const { onFilterActor, container } = show('ev-2024-07-22-talks');
  fireEvent.click(container.querySelector('.chips button')!);
  expect(onFilterActor).toHaveBeenLastCalledWith('romanowski');
  const inText = [...container.querySelectorAll('blockquote .actor-ref')];
  fireEvent.click(inText[1]!);
  expect(onFilterActor).toHaveBeenLastCalledWith('us');
  expect(onFilterActor).toHaveBeenCalledTimes(2);
  const chips = [...container.querySelectorAll('.chips button')];
  expect(chips.map((c) => c.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
});

test('«اقرأ المقال» opens the article at the mention’s paragraph', () => {
  const { onOpenArticle } = show('ev-2024-07-22-talks');
  fireEvent.click(screen.getByRole('button', { name: 'اقرأ المقال' }));
  expect(onOpenArticle).toHaveBeenCalledWith('a-talks', 1);
});

test('corroboration: two articles are «ورد في مصدرين», one is one source', () => {
  show('ev-2014-coalition');
  expect(screen.getByText('ورد في مصدرين')).toBeTruthy();
  const items = [...document.querySelectorAll<HTMLElement>('.source-group')];
  expect(items).toHaveLength(2);
  expect(within(items[0]!).getByText('العربي الجديد')).toBeTruthy();
  expect(within(items[1]!).getByText('مصدر غير مسمّى')).toBeTruthy();
  cleanup();
  show('ev-2003-invasion');
  expect(screen.getByText('ورد في مصدر واحد')).toBeTruthy();
});

test('mentions from one article are grouped under it, each with its paragraph', () => {
  const t = structuredClone(timeline);
  const e = t.events.find((x) => x.id === 'ev-2014-coalition')!;
  // A second mention from the first article, in another paragraph.
  e.mentions.push({ ...e.mentions[1]!, articleId: 'a-talks', paragraph: 1, actors: [] });
  e.mentions[2]!.timex = { ...e.mentions[2]!.timex, start: 0, end: 4, text: 'أعلن' };
  const { container } = renderWith(
    <EventDetails
      timeline={asStore(t)}
      event={asStore(t).eventIndex(e.id)}
      lang="ar"
      selectedActors={[]}
      onFilterActor={vi.fn()}
      onOpenArticle={vi.fn()}
      onSelectEvent={vi.fn()}
      onClose={vi.fn()}
    />,
  );
  const groups = [...container.querySelectorAll('.source-group')];
  expect(groups.map((g) => g.querySelectorAll('.mention').length)).toEqual([2, 1]);
  expect([...groups[0]!.querySelectorAll('.paragraph-label')].map((p) => p.textContent)).toEqual([
    'الفقرة 2',
    'الفقرة 1',
  ]);
  expect(screen.getByText('ورد في مصدرين')).toBeTruthy();
});

test('relations are listed both ways and lead to the other event', () => {
  const t = structuredClone(timeline);
  t.events.find((x) => x.id === 'ev-2024-w16-visit')!.relations = [
    { type: 'anticipates', event: 'ev-2024-07-22-talks' },
  ];
  const onSelectEvent = vi.fn();
  const props = {
    timeline: asStore(t),
    lang: 'ar' as const,
    selectedActors: [],
    onFilterActor: vi.fn(),
    onOpenArticle: vi.fn(),
    onSelectEvent,
    onClose: vi.fn(),
  };
  const { container } = renderWith(
    <EventDetails {...props} event={asStore(t).eventIndex('ev-2024-07-22-talks')} />,
  );
  expect(container.querySelector('.related')!.textContent).toMatch(/^توقّعه: أسبوع 15 أبريل 2024/);
  fireEvent.click(container.querySelector('.related button')!);
  expect(onSelectEvent).toHaveBeenCalledWith('ev-2024-w16-visit');
  cleanup();
  const other = renderWith(
    <EventDetails {...props} event={asStore(t).eventIndex('ev-2024-w16-visit')} />,
  );
  expect(other.container.querySelector('.related')!.textContent).toMatch(/^يتوقّع: 22 يوليو 2024/);
});

test('in English the labels are English and the Arabic type is given beside it', () => {
  show('ev-2024-w16-visit', { lang: 'en' });
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('week of 15 April 2024');
  expect(screen.getByText('Visit')).toBeTruthy();
  expect(screen.getByText('زيارة').getAttribute('lang')).toBe('ar');
  expect(screen.getByRole('button', { name: 'Read the article' })).toBeTruthy();
});
