// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { initI18n } from '../../src/i18n';
import { App } from '../../src/ui/App';
import { freshFixture } from '../fixtures/timeline';

let body: () => string;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  initI18n('ar');
  body = () => JSON.stringify(freshFixture());
  vi.stubGlobal(
    'fetch',
    async () => new Response(body(), { headers: { 'content-type': 'application/json' } }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function mount() {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

const listed = () =>
  [...document.querySelectorAll('.event-list [data-event-id]')].map((b) =>
    b.getAttribute('data-event-id'),
  );

test('loads the data and lists every event', async () => {
  mount();
  expect(screen.getByRole('status').textContent).toContain('جارٍ تحميل');
  await waitFor(() => expect(listed()).toHaveLength(6));
  expect(document.documentElement.dir).toBe('rtl');
});

test('a file that is not JSON shows the error in Arabic, and retry recovers', async () => {
  body = () => '{ not json';
  mount();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('ليس بصيغة JSON صالحة');
  body = () => JSON.stringify(freshFixture());
  fireEvent.click(screen.getByRole('button', { name: 'إعادة المحاولة' }));
  await waitFor(() => expect(listed()).toHaveLength(6));
});

test('a valid file without events says so instead of drawing an empty page', async () => {
  body = () => JSON.stringify({ ...freshFixture(), events: [] });
  mount();
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('لا يحتوي ملف البيانات على أي حدث.'),
  );
});

test('a schema failure names the bad field', async () => {
  const bad = freshFixture() as unknown as { events: { type: string }[] };
  bad.events[2]!.type = 'party';
  body = () => JSON.stringify(bad);
  mount();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('لا يطابق مخطط البيانات');
  expect(alert.querySelector('code')!.textContent).toMatch(/^events\[2\]\.type: /);
});

test('a foreign ?data= address is refused without a request', async () => {
  window.history.replaceState(null, '', '/?data=https://evil.example/t.json');
  const fetchSpy = vi.fn();
  vi.stubGlobal('fetch', fetchSpy);
  mount();
  expect((await screen.findByRole('alert')).textContent).toContain('غير مقبول');
  expect(fetchSpy).not.toHaveBeenCalled();
});

test('filtering by an actor goes into the URL, and back restores the full list', async () => {
  mount();
  await waitFor(() => expect(listed()).toHaveLength(6));
  fireEvent.click(screen.getByRole('checkbox', { name: /محمد شياع السوداني/ }));
  expect(listed()).toEqual(['ev-2024-01-sudani', 'ev-2024-w16-visit']);
  expect(new URLSearchParams(window.location.search).get('actors')).toBe('sudani');
  fireEvent.click(screen.getByRole('button', { name: 'مسح التصفية' }));
  expect(listed()).toHaveLength(6);
  act(() => window.history.back());
  // popstate may come after back() returns: wait for what it restores
  await waitFor(() => expect(listed()).toEqual(['ev-2024-01-sudani', 'ev-2024-w16-visit']));
});

test('a URL reproduces the view: filters, selected event and open article', async () => {
  window.history.replaceState(
    null,
    '',
    '/?lang=ar&actors=us&q=%D8%B5%D8%AF%D8%A7%D9%85&event=ev-2003-invasion',
  );
  mount();
  await waitFor(() => expect(listed()).toEqual(['ev-2003-invasion']));
  expect(screen.getByRole('heading', { level: 2, name: '2003' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'اقرأ المقال' }));
  expect(new URLSearchParams(window.location.search).get('article')).toBe('b-visit');
  expect(document.querySelector('.article-body p.target')!.id).toBe('p-2');
  // Escape leaves the reader: the event's details again, with focus on their heading.
  fireEvent.keyDown(document.querySelector('.article-body p.target')!, { key: 'Escape' });
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '2003' }));
  expect(new URLSearchParams(window.location.search).get('article')).toBeNull();
  // and Escape in the details closes them
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  expect(new URLSearchParams(window.location.search).get('event')).toBeNull();
});

test('a date link in the reader selects its event and brings it into the window', async () => {
  window.history.replaceState(null, '', '/?lang=ar&event=ev-2024-07-22-talks&article=b-visit&p=2');
  mount();
  const link = await screen.findByRole('link', { name: '2011' });
  fireEvent.click(link);
  const params = new URLSearchParams(window.location.search);
  expect(params.get('event')).toBe('ev-2011-withdrawal');
  expect(params.get('article')).toBeNull();
  // 2011 lies before the default 2014-2024 window: the window moved to show it.
  expect(Date.parse(params.get('from')!)).toBeLessThanOrEqual(Date.UTC(2011, 0, 1));
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '2011' }));
});

test('switching language flips dir and labels, and is remembered', async () => {
  mount();
  await waitFor(() => expect(listed()).toHaveLength(6));
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
  expect(document.documentElement.lang).toBe('en');
  // The fixture names no collection: a neutral title.
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('News timeline');
  expect(window.localStorage.getItem('timeline.lang')).toBe('en');
  expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
});

test('the title comes from the data, in the UI language when it has one, else the other', async () => {
  body = () =>
    JSON.stringify({
      ...freshFixture(),
      title: { ar: 'أخبار بيروت وتونس' },
      subtitle: { en: 'Mine' },
    });
  mount();
  await waitFor(() => expect(listed()).toHaveLength(6));
  const h1 = screen.getByRole('heading', { level: 1 });
  expect(h1.textContent).toBe('أخبار بيروت وتونس');
  expect(document.title).toBe('أخبار بيروت وتونس');
  expect(document.querySelector('.subtitle')!.textContent).toBe('Mine');
  expect(document.querySelector('.subtitle')!.getAttribute('lang')).toBe('en');
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('أخبار بيروت وتونس');
  expect(screen.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('ar');
});

test('display preferences change the dates and persist', async () => {
  mount();
  await waitFor(() => expect(listed()).toHaveLength(6));
  fireEvent.change(screen.getByLabelText('الأرقام'), { target: { value: 'arab' } });
  fireEvent.change(screen.getByLabelText('أسماء الأشهر'), { target: { value: 'levant' } });
  expect(screen.getByText('أيلول ٢٠١٤')).toBeTruthy();
  expect(window.localStorage.getItem('timeline.digits')).toBe('arab');
  expect(window.localStorage.getItem('timeline.months')).toBe('levant');
});
