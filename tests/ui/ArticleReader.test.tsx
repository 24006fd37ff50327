// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { ArticleReader, articleMarks } from '../../src/ui/ArticleReader';
import { fixtureTimeline, freshFixture } from '../fixtures/timeline';
import type { Timeline } from '../../src/model';
import { renderWith } from './setup';
import { asStore } from '../fixtures/store';

afterEach(cleanup);

function show(timeline: Timeline, articleId: string, paragraph: number, eventId: string | null) {
  const handlers = { onSelectEvent: vi.fn(), onFilterActor: vi.fn(), onBack: vi.fn() };
  const r = renderWith(
    <ArticleReader
      timeline={asStore(timeline)}
      article={asStore(timeline).articleIndex(articleId)}
      paragraph={paragraph}
      eventId={eventId}
      hrefForEvent={(id) => `?event=${id}`}
      {...handlers}
    />,
  );
  return { ...r, ...handlers };
}

test('opens at the paragraph, highlighted and focused, with the event’s sentence marked', () => {
  const { container } = show(fixtureTimeline, 'a-talks', 1, 'ev-2024-07-22-talks');
  const target = container.querySelector('.article-body p.target') as HTMLElement;
  expect(target.id).toBe('p-1');
  expect(document.activeElement).toBe(target);
  expect(target.querySelector('mark.sentence')!.textContent).toMatch(/^أعلنت السفيرة/);
  expect(container.querySelectorAll('.article-body p')).toHaveLength(2);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
    'بدء حوار أمني بين العراق وأميركا في واشنطن',
  );
});

test('every recognised date is a link back to its event', () => {
  show(fixtureTimeline, 'b-visit', 2, null);
  const links = screen.getAllByRole('link');
  expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
    ['الأسبوع المقبل', '?event=ev-2024-w16-visit'],
    ['2003', '?event=ev-2003-invasion'],
    ['2011', '?event=ev-2011-withdrawal'],
    ['يناير/كانون الثاني', '?event=ev-2024-01-sudani'],
    ['عام 2014', '?event=ev-2014-coalition'],
  ]);
});

test('following a date link selects the event instead of reloading', () => {
  const h = show(fixtureTimeline, 'b-visit', 2, null);
  const link = screen.getByRole('link', { name: '2003' });
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  link.dispatchEvent(click);
  expect(click.defaultPrevented).toBe(true);
  expect(h.onSelectEvent).toHaveBeenCalledWith('ev-2003-invasion');
  fireEvent.click(screen.getByRole('button', { name: 'العودة إلى الحدث' }));
  expect(h.onBack).toHaveBeenCalledOnce();
});

test('article text with markup is shown as text and creates no elements', () => {
  const t = freshFixture();
  const p = t.articles[0]!.paragraphs[2]!;
  p.text = `${p.text} <img src=x onerror=alert(1)><script>alert(2)</script>`;
  const { container } = show(t, 'a-talks', 2, null);
  expect(container.querySelector('img, script')).toBeNull();
  expect(container.querySelector('#p-2')!.textContent).toContain('<img src=x onerror=alert(1)>');
});

test('articleMarks collects the time expressions and actors of an article per paragraph', () => {
  const marks = articleMarks(
    asStore(fixtureTimeline),
    asStore(fixtureTimeline).articleIndex('a-talks'),
  );
  expect([...marks.keys()].sort()).toEqual([1, 2]);
  expect(
    marks
      .get(1)!
      .filter((m) => m.kind === 'timex')
      .map((m) => m.ref),
  ).toEqual(['ev-2024-07-22-talks']);
});
